using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.FrontMatter;

/// <summary>The fields of issue 22: kind, factor ids, influences and no_action, and what action items address.</summary>
public class LearningLoopFieldsTests
{
    [Fact]
    public void The_example_of_the_issue_reads_into_typed_fields()
    {
        var diagnostics = new DiagnosticBag();
        var p = PostmortemText.Read("""
            title: A
            kind: near-miss
            contributing_factors:
              - id: pool-budget
                category: technical
                description: Pool size was set per pod, with no global budget.
                tags: [connection-pool]
                influences: [alert-window, impact]
                no_action: "Accepted risk: the platform enforces the budget since 2024-05."
            action_items:
              - title: Alert on pool saturation
                owner: payments-team
                ticket: PAY-1432
                addresses: [pool-budget]
                priority: high
                tags: [strategic]
                status: wont-do
                reason: Superseded by PAY-1500.
            """, "", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(IncidentKind.NearMiss, p.Kind);
        var factor = Assert.Single(p.ContributingFactors);
        Assert.Equal("pool-budget", factor.Id);
        Assert.Equal<string>(["alert-window", "impact"], factor.Influences);
        Assert.Equal("Accepted risk: the platform enforces the budget since 2024-05.", factor.NoAction);
        var item = Assert.Single(p.ActionItems);
        Assert.Equal<string>(["pool-budget"], item.Addresses);
        Assert.Equal(ActionPriority.High, item.Priority);
        Assert.Equal("Superseded by PAY-1500.", item.Reason);
        Assert.True(item.IsStrategic);
        Assert.Equal((9, 18), (p.Locations["contributing_factors[0].influences[0]"].Line, p.Locations["contributing_factors[0].influences[0]"].Column));
    }

    [Fact]
    public void Without_the_new_fields_a_postmortem_reads_as_before()
    {
        var p = PostmortemText.Read("title: A\ncontributing_factors:\n  - A bare sentence.\naction_items:\n  - title: T");

        Assert.Equal(IncidentKind.Incident, p.Kind);
        Assert.Null(p.ContributingFactors[0].Id);
        Assert.Empty(p.ContributingFactors[0].Influences);
        Assert.Null(p.ActionItems[0].Priority);
        Assert.False(p.ActionItems[0].IsStrategic);
        Assert.Empty(p.ActionItems[0].Addresses);
    }

    [Fact]
    public void An_unknown_kind_or_priority_is_a_KB2013_error_at_the_value()
    {
        var diagnostics = new DiagnosticBag();
        PostmortemText.Read("title: A\nkind: outage\naction_items:\n  - title: T\n    priority: urgent", "", diagnostics);

        Assert.Equal([("KB2013", 3, 7), ("KB2013", 6, 15)], diagnostics.Positions());
    }

    [Fact]
    public void A_factor_id_that_is_not_a_slug_is_a_KB2003_error()
    {
        var diagnostics = new DiagnosticBag();
        var p = PostmortemText.Read("title: A\ncontributing_factors:\n  - id: Pool Budget\n    description: D.", "", diagnostics);

        Assert.Equal([("KB2003", 4, 9)], diagnostics.Positions());
        Assert.Equal("pool-budget", p.ContributingFactors[0].Id);
    }
}
