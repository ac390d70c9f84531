using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Theming;

/// <summary>The incident page shows, per contributing factor, the action items that address it, and marks the rest.</summary>
public class FactorCoverageSectionTests
{
    private const string FrontMatter = """
        title: Pool exhaustion
        date: 2024-03-12
        severity: sev2
        published: 2024-03-19
        contributing_factors:
          - id: pool-budget
            category: technical
            description: Pool size was set per pod.
          - id: alert-window
            category: process
            description: The alert waited 30 minutes.
            no_action: Accepted risk.
          - id: shared-primary
            category: technical
            description: Two services shared one primary.
        action_items:
          - title: Global pool budget
            owner: db-team
            ticket: DB-1
            addresses: [pool-budget]
            priority: high
            tags: [strategic]
          - title: Pooler
            owner: db-team
            ticket: DB-2
            addresses: [pool-budget]
            status: wont-do
            reason: Superseded by DB-9.
          - title: Without a due date
            owner: db-team
            ticket: DB-3
        """;

    [Fact]
    public void Each_factor_links_the_items_that_address_it_and_an_unaddressed_one_is_marked()
    {
        using var site = new SmallSite().Config("action_slo:\n  sev2: 56").Postmortem("pool.md", FrontMatter);
        site.Build();

        var page = site.Page("incidents/pool/index.html");
        var budget = page.QuerySelector("#kb-factor-pool-budget")!;
        Assert.Equal(["#kb-action-1", "#kb-action-2"], budget.QuerySelectorAll(".factor-actions a").Select(a => a.GetAttribute("href")));
        Assert.Contains("(Won't do)", budget.TextContent, StringComparison.Ordinal);
        Assert.Equal("No action: Accepted risk.", page.QuerySelector("#kb-factor-alert-window .factor-actions")!.Text());
        Assert.Equal("Not addressed: no action item addresses this factor.", page.QuerySelector("#kb-factor-shared-primary .factor-actions.unaddressed")!.Text());
        Assert.Single(page.QuerySelectorAll(".unaddressed"));
        Assert.NotNull(page.QuerySelector("tr#kb-action-2"));
    }

    [Fact]
    public void The_action_table_shows_priority_strategic_reason_and_a_due_date_from_the_slo()
    {
        using var site = new SmallSite().Config("action_slo:\n  sev2: 56").Postmortem("pool.md", FrontMatter);
        site.Build();

        var rows = site.Page("incidents/pool/index.html").QuerySelectorAll("section.actions tbody tr");
        Assert.Equal("High priority", rows[0].QuerySelector(".badge.priority-high")!.TextContent);
        Assert.NotNull(rows[0].QuerySelector(".badge.strategic"));
        Assert.Equal("Superseded by DB-9.", rows[1].QuerySelector(".action-status .reason")!.TextContent);
        Assert.Equal("2024-05-14", rows[2].QuerySelector(".action-due time")!.GetAttribute("datetime")![..10]);
        Assert.Contains("(action SLO)", rows[2].QuerySelector(".action-due")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_of_an_archive_without_ids_is_shown_as_before_but_marked_unaddressed()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01\ncontributing_factors:\n  - category: technical\n    description: D.");
        site.Build();

        var item = site.Page("incidents/a/index.html").QuerySelector("section.factors li")!;
        Assert.Null(item.GetAttribute("id"));
        Assert.NotNull(item.QuerySelector(".unaddressed"));
    }
}
