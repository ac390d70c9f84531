using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class FutureDatesRuleTests
{
    /// <summary>The build's clock: 2026-11-26T00:00:00Z, as every end-to-end test uses.</summary>
    private static readonly FutureDatesRule Rule = new(Builds.Clock);

    [Theory]
    [InlineData("date: 9999-12-31", 2, 7)]
    [InlineData("date: 2024-01-01\nresolved: 2205-01-02T10:00:00Z", 3, 11)]
    [InlineData("date: 2024-01-01\npublished: 2027-01-01", 3, 12)]
    public void A_date_after_the_build_is_KB2010_at_its_value(string dates, int line, int column)
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A\n" + dates);

        Assert.Equal([("KB2010", line + 1, column)], diagnostics.Positions());
        Assert.Contains("is after the build date (2026-11-26); is the year right?", diagnostics.One("KB2010").Message, StringComparison.Ordinal);
        Assert.False(diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("date: 2026-11-26T18:00:00-05:00")]
    [InlineData("date: 1628-08-10")]
    [InlineData("date: 2026-11-25\nresolved: 2026-11-26T00:00:00Z")]
    public void Past_dates_and_today_in_any_time_zone_are_fine(string dates)
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\n" + dates).ToSortedList());
    }

    [Fact]
    public void A_build_runs_it_and_the_single_file_check_does_not_need_a_clock()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: A\ndate: 9999-12-31");

        var result = site.Build();

        Assert.Equal(["KB2010"], result.Diagnostics.Select(d => d.Code));
    }
}
