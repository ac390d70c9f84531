using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Tests.Pipeline;

public class BuildClockTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly FixedTime Now = new(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(1234567));

    [Fact]
    public void SOURCE_DATE_EPOCH_pins_the_build_time()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), BuildClock.From("1795651200", Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a number")]
    [InlineData("-5")]
    [InlineData(" 1795651200")]
    [InlineData("1.5")]
    public void Without_a_valid_epoch_it_is_now_to_the_second(string? epoch)
    {
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero), BuildClock.From(epoch, Now));
    }
}
