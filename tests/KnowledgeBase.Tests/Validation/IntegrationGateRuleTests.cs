using KnowledgeBase.Configuration;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

/// <summary>The integration gate: every finding of a published analysis has become tracked work.</summary>
public class IntegrationGateRuleTests
{
    private static readonly IntegrationGateRule Rule = new();
    private static readonly SiteConfig Gated = SiteConfig.Default with { Gate = true };

    [Fact]
    public void A_factor_no_action_item_addresses_is_a_KB2014_warning_at_the_factor()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - id: pool-budget
                category: technical
                description: Pool size was set per pod.
              - id: alert-window
                category: process
                description: The alert waited 30 minutes.
              - category: process
                description: A factor without id cannot be addressed.
            action_items:
              - title: Global pool budget
                owner: db-team
                ticket: DB-1
                addresses: [pool-budget]
            """);

        Assert.Equal([("KB2014", 7, 5), ("KB2014", 10, 5)], diagnostics.Positions());
        var messages = diagnostics.ToSortedList();
        Assert.All(messages, d => Assert.False(d.IsError));
        Assert.Contains("list 'alert-window' in an action item's 'addresses'", messages[0].Message, StringComparison.Ordinal);
        Assert.Contains("give it an 'id'", messages[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_with_no_action_passes_the_gate()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - id: pool-budget
                category: technical
                description: Pool size was set per pod.
                no_action: "Accepted risk: the platform enforces the budget since 2024-05."
            """);

        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_wont_do_item_without_reason_is_a_KB2015_warning_at_its_status()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            action_items:
              - title: Rewrite the pooler
                owner: db-team
                ticket: DB-2
                status: wont-do
              - title: Replace the vendor
                owner: db-team
                ticket: DB-3
                status: wont-do
                reason: Superseded by DB-9.
            """);

        Assert.Equal([("KB2015", 7, 13)], diagnostics.Positions());
        Assert.Contains("'Rewrite the pooler' is wont-do without a 'reason'", diagnostics.ToSortedList()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_without_ticket_is_a_KB2016_warning_at_the_item()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            action_items:
              - title: Tracked
                owner: db-team
                ticket: DB-4
              - title: Untracked
                owner: db-team
            """);

        Assert.Equal([("KB2016", 7, 5)], diagnostics.Positions());
    }

    [Fact]
    public void Under_the_gate_each_finding_is_an_error_with_the_same_code_and_position()
    {
        const string text = """
            title: A
            contributing_factors:
              - description: Unaddressed.
                category: technical
            action_items:
              - title: Untracked
                owner: db-team
                status: wont-do
            """;

        var open = RuleRunner.Check(Rule, text);
        var gated = RuleRunner.Check(Rule, text, Gated);

        Assert.Equal(open.Positions(), gated.Positions());
        Assert.Equal([("KB2014", 4, 5), ("KB2016", 7, 5), ("KB2015", 9, 13)], gated.Positions());
        Assert.All(gated.ToSortedList(), d => Assert.True(d.IsError));
        Assert.All(open.ToSortedList(), d => Assert.False(d.IsError));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("in-review")]
    public void Drafts_and_analyses_in_review_are_not_judged_yet(string status)
    {
        var diagnostics = RuleRunner.Check(Rule, $"""
            title: A
            status: {status}
            contributing_factors:
              - description: Unaddressed.
            action_items:
              - title: Untracked
                status: wont-do
            """, Gated);

        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void An_item_without_owner_is_an_error_under_the_gate_only_in_a_published_postmortem()
    {
        const string item = "action_items:\n  - title: Nobody's\n    ticket: T-1";
        Assert.All(RuleRunner.Check(new ActionItemOwnerRule(), "title: A\n" + item, Gated).ToSortedList(), d => Assert.True(d.IsError));
        Assert.All(RuleRunner.Check(new ActionItemOwnerRule(), "title: A\nstatus: draft\n" + item, Gated).ToSortedList(), d => Assert.False(d.IsError));
        Assert.Equal([("KB2009", 4, 5)], RuleRunner.Check(new ActionItemOwnerRule(), "title: A\n" + item, Gated).Positions());
    }
}
