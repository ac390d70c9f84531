using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Tests.Theming;

public class DurationsTests
{
    [Theory]
    [InlineData(0, 0, 0, 30, "under 1 min")]
    [InlineData(0, 0, 1, 0, "1 min")]
    [InlineData(0, 0, 45, 0, "45 min")]
    [InlineData(0, 0, 59, 59, "59 min")]
    [InlineData(0, 1, 0, 0, "1 h")]
    [InlineData(0, 2, 23, 0, "2 h 23 min")]
    [InlineData(0, 23, 59, 0, "23 h 59 min")]
    [InlineData(1, 0, 0, 0, "1 d")]
    [InlineData(1, 2, 30, 0, "1 d 2 h")]
    [InlineData(3, 4, 0, 0, "3 d 4 h")]
    [InlineData(40, 0, 5, 0, "40 d")]
    public void Durations_read_like_a_person_would_say_them(int days, int hours, int minutes, int seconds, string text)
    {
        Assert.Equal(text, Durations.Format(new TimeSpan(days, hours, minutes, seconds)));
    }
}
