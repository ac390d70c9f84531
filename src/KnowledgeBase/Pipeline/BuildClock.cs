using System.Globalization;

namespace KnowledgeBase.Pipeline;

/// <summary>
/// The time a build believes it is. <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, the reproducible-builds
/// convention) pins it so two builds of the same input are byte-identical; otherwise it is now.
/// </summary>
public static class BuildClock
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset From(string? sourceDateEpoch, TimeProvider time)
    {
        if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
