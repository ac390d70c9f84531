using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class FactorReferencesRuleTests
{
    private static readonly FactorReferencesRule Rule = new();

    [Fact]
    public void Influences_and_addresses_name_factors_of_the_same_postmortem_or_the_impact()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - id: pool-budget
                description: Pool per pod.
                influences: [alert-window, impact]
              - id: alert-window
                description: Slow alert.
                influences: [pool-budget]
            action_items:
              - title: Budget
                addresses: [pool-budget, alert-window]
            """);

        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void An_unknown_id_is_a_KB2017_error_at_the_id_as_written()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - id: pool-budget
                description: Pool per pod.
                influences: [impact, alert-windw]
            action_items:
              - title: Budget
                addresses: [pool-budget, pool-budgt]
            """);

        Assert.Equal([("KB2017", 6, 26), ("KB2017", 9, 30)], diagnostics.Positions());
        Assert.All(diagnostics.ToSortedList(), d => Assert.True(d.IsError));
        Assert.Contains("'alert-windw'", diagnostics.ToSortedList()[0].Message, StringComparison.Ordinal);
        Assert.Contains("use one of: pool-budget", diagnostics.ToSortedList()[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_cannot_influence_itself_but_two_factors_may_influence_each_other()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - id: a
                description: A.
                influences: [b, a]
              - id: b
                description: B.
                influences: [a]
            """);

        Assert.Equal([("KB2017", 6, 21)], diagnostics.Positions());
    }

    [Fact]
    public void Two_factors_with_one_id_are_a_KB2018_error_at_the_second()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - id: a
                description: A.
              - id: a
                description: Also A.
              - id: impact
                description: Named like the impact.
            """);

        Assert.Equal([("KB2018", 6, 9), ("KB2018", 8, 9)], diagnostics.Positions());
    }
}
