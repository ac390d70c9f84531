using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Model;

public class PostmortemTests
{
    [Theory]
    [InlineData("date: 2024-01-01T10:00:00Z\ndetected: 2024-01-01T10:30:00Z\nresolved: 2024-01-01T12:00:00Z", 90)]
    [InlineData("date: 2024-01-01T10:00:00Z\nresolved: 2024-01-01T12:00:00Z", 120)]
    public void Time_to_resolve_runs_from_detection_or_without_it_from_the_start(string times, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), PostmortemText.Read("title: A\n" + times).TimeToResolve);
    }

    [Theory]
    [InlineData("date: 2024-01-01\nresolved: 2024-01-01T12:00:00Z")]
    [InlineData("detected: 2024-01-01T10:30:00Z")]
    [InlineData("date: 2024-01-01T10:00:00Z")]
    public void Time_to_resolve_is_unknown_without_a_start_time_of_day_or_a_resolution(string times)
    {
        Assert.Null(PostmortemText.Read("title: A\n" + times).TimeToResolve);
    }
}
