using System.Globalization;

namespace KnowledgeBase.Pipeline;

/// <summary>
/// The time a build believes it is. <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, the reproducible-builds
/// convention) pins it so two builds of the same input are byte-identical; otherwise it is now.
/// </summary>
public static class BuildClock
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>The last second a date can hold, 9999-12-31T23:59:59Z.</summary>
    public static readonly long MaxEpoch = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>
    /// The build time, or null when <c>SOURCE_DATE_EPOCH</c> is set to something that is not a whole number
    /// of seconds from 0 to <see cref="MaxEpoch"/>. The convention asks a build to fail on a malformed value
    /// rather than to ignore it: a build meant to be reproducible would silently not be. An empty value
    /// counts as unset, as shells and CI files often leave it.
    /// </summary>
    public static DateTimeOffset? From(string? sourceDateEpoch, TimeProvider time)
    {
        if (string.IsNullOrEmpty(sourceDateEpoch))
        {
            var now = time.GetUtcNow();
            return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        }

        return long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxEpoch
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
