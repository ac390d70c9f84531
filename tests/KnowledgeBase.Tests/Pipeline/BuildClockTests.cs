using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Tests.Pipeline;

public class BuildClockTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly FixedTime Now = new(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(1234567));

    [Theory]
    [InlineData("1795651200", "2026-11-26T00:00:00Z")]
    [InlineData("0", "1970-01-01T00:00:00Z")]
    [InlineData("253402300799", "9999-12-31T23:59:59Z")]
    public void SOURCE_DATE_EPOCH_pins_the_build_time(string epoch, string time)
    {
        Assert.Equal(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture), BuildClock.From(epoch, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_an_epoch_it_is_now_to_the_second(string? epoch)
    {
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero), BuildClock.From(epoch, Now));
    }

    [Theory]
    [InlineData("not a number")]
    [InlineData("-5")]
    [InlineData(" 1795651200")]
    [InlineData("1.5")]
    [InlineData("253402300800")]
    [InlineData("99999999999999999999")]
    public void An_epoch_that_is_not_a_date_is_no_time_at_all(string epoch)
    {
        Assert.Null(BuildClock.From(epoch, Now));
    }
}
