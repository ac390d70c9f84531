using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class DatesRuleTests
{
    private static readonly DatesRule Rule = new();

    [Fact]
    public void Missing_date_is_a_KB2004_warning_at_the_start_of_the_file()
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A");

        var warning = diagnostics.One("KB2004");
        Assert.False(warning.IsError);
        Assert.Equal([("KB2004", 1, 1)], diagnostics.Positions());
    }

    [Theory]
    [InlineData("date: 2024-01-01")]
    [InlineData("date: 2024-01-01T10:00:00Z")]
    public void Dated_incident_has_no_finding(string date)
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\n" + date).ToSortedList());
    }

    [Fact]
    public void Date_of_the_wrong_type_is_not_reported_again_as_missing()
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\ndate: \"not a date\"").ToSortedList());
    }

    [Fact]
    public void Empty_date_is_reported_as_missing()
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A\ndate:");

        Assert.Equal(["KB2004"], diagnostics.Codes());
    }

    [Fact]
    public void Resolved_before_detected_is_a_KB2010_warning_at_resolved()
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A\ndate: 2024-01-01T10:00:00Z\ndetected: 2024-01-01T11:00:00Z\nresolved: 2024-01-01T10:30:00Z");

        Assert.Equal([("KB2010", 5, 11)], diagnostics.Positions());
        Assert.False(diagnostics.One("KB2010").IsError);
        Assert.Contains("resolved", diagnostics.One("KB2010").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detected_before_the_start_is_KB2010_at_detected()
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A\ndate: 2024-01-01T10:00:00Z\ndetected: 2024-01-01T09:00:00Z\nresolved: 2024-01-01T12:00:00Z");

        Assert.Equal([("KB2010", 4, 11)], diagnostics.Positions());
    }

    [Fact]
    public void Without_detected_resolved_is_compared_with_the_start()
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A\ndate: 2024-01-02\nresolved: 2024-01-01");

        Assert.Equal([("KB2010", 4, 11)], diagnostics.Positions());
    }

    [Fact]
    public void Times_compare_as_instants_whatever_their_offsets()
    {
        // 10:00+02:00 is 08:00 UTC, before 09:00 UTC.
        Assert.Empty(RuleRunner.Check(Rule, "title: A\ndate: 2024-01-01T07:00:00Z\ndetected: 2024-01-01T10:00:00+02:00\nresolved: 2024-01-01T09:00:00Z").ToSortedList());
        Assert.Equal(["KB2010"], RuleRunner.Check(Rule, "title: A\ndate: 2024-01-01T07:00:00Z\ndetected: 2024-01-01T10:00:00Z\nresolved: 2024-01-01T11:00:00+02:00").Codes());
    }

    [Fact]
    public void A_plain_date_on_the_same_day_is_in_order_whatever_the_hour()
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\ndate: 2024-01-01T22:00:00Z\nresolved: 2024-01-01").ToSortedList());
    }

    [Fact]
    public void Times_in_order_have_no_finding()
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\ndate: 2024-01-01T10:00:00Z\ndetected: 2024-01-01T10:00:00Z\nresolved: 2024-01-01T12:00:00Z").ToSortedList());
    }
}
