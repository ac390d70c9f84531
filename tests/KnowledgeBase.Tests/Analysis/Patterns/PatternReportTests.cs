using KnowledgeBase.Analysis.Patterns;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis.Patterns;

/// <summary>Patterns on a small hand-made set whose answers are worked out by hand in the comments.</summary>
public sealed class PatternReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    // Newest first, as the analysis stage orders them. connection-pool is a factor tag of e, d and c; config of
    // e, c and b; staffing of a only. e's open item and d's done item address the pool factors; c's pool factor
    // has no id, so nothing addresses it; no item addresses a config factor.
    private static readonly RenderedPostmortem[] Set =
    [
        Incidents.Make("e", """
            date: 2026-10-01
            services: [checkout]
            contributing_factors:
              - {id: pool, category: technical, description: d, tags: [connection-pool]}
              - {id: review, category: process, description: d, tags: [config]}
            action_items:
              - {title: Pool budget, owner: t, ticket: T-1, addresses: [pool]}
            """),
        Incidents.Make("d", """
            date: 2026-07-15
            services: [checkout, payments]
            contributing_factors:
              - {id: pool, category: technical, description: d, tags: [connection-pool]}
            action_items:
              - {title: Alert, owner: t, ticket: T-2, addresses: [pool], status: done}
            """),
        Incidents.Make("c", """
            date: 2026-02-01
            services: [payments]
            contributing_factors:
              - {category: technical, description: d, tags: [connection-pool]}
              - {category: process, description: d, tags: [config]}
            """),
        Incidents.Make("b", """
            date: 2025-11-01
            services: [checkout]
            contributing_factors: [{category: process, description: d, tags: [config]}]
            """),
        Incidents.Make("a", """
            date: 2024-01-01
            services: [warehouse]
            contributing_factors: [{category: organizational, description: d, tags: [staffing]}]
            """),
    ];

    private static PatternReport Report() => PatternReport.Build(Set, new Dictionary<string, IReadOnlyList<SimilarIncident>>(), SiteConfig.Default, AsOf);

    [Fact]
    public void Factor_tags_and_categories_in_three_incidents_or_more_recur_tags_first_each_most_incidents_first()
    {
        var patterns = Report().Patterns;

        // staffing and organizational are in one incident each: chance, not a pattern.
        Assert.Equal(
            [(PatternKind.FactorTag, "config"), (PatternKind.FactorTag, "connection-pool"), (PatternKind.Category, "process"), (PatternKind.Category, "technical")],
            patterns.Select(p => (p.Kind, p.Name)));
        Assert.Equal(["e", "d", "c"], patterns[1].Incidents.Ids());
    }

    [Fact]
    public void The_trend_counts_a_pattern_s_incidents_per_quarter_over_the_last_two_years()
    {
        var report = Report();

        Assert.Equal(["2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", "2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"], report.Quarters.Select(q => q.Label));
        // connection-pool: c in 2026 Q1, d in Q3, e in Q4. config: b in 2025 Q4, c in 2026 Q1, e in Q4.
        Assert.Equal<int>([0, 0, 0, 0, 1, 0, 1, 1], report.Patterns.Single(p => p.Name == "connection-pool").ByQuarter);
        Assert.Equal<int>([0, 0, 0, 1, 1, 0, 0, 1], report.Patterns.Single(p => p.Name == "config").ByQuarter);
    }

    [Fact]
    public void A_pattern_knows_the_action_items_that_address_it_and_the_factors_none_addresses()
    {
        var pool = Report().Patterns.Single(p => p.Name == "connection-pool");

        Assert.Equal(3, pool.Factors);
        Assert.Equal([("e", "Pool budget"), ("d", "Alert")], pool.Actions.Select(a => (a.Incident.Id, a.Item.Title)));
        Assert.Equal((1, 1, 0), (pool.OpenActions, pool.DoneActions, pool.WontDoActions));
        Assert.Equal(1, pool.Uncovered);
        Assert.False(pool.Closed);

        var config = Report().Patterns.Single(p => p.Name == "config");
        Assert.Empty(config.Actions);
        Assert.Equal(3, config.Uncovered);

        // The technical category holds the same factors as connection-pool here.
        var technical = Report().Patterns.Single(p => p.Name == "technical");
        Assert.Equal((2, 1), (technical.Actions.Length, technical.Uncovered));
    }

    [Fact]
    public void A_pattern_is_closed_when_every_item_is_closed_and_every_factor_is_covered()
    {
        RenderedPostmortem Closed(string id, string date) => Incidents.Make(id, $$"""
            date: {{date}}
            contributing_factors:
              - {id: f, category: technical, description: d, tags: [dns]}
              - {id: g, category: technical, description: d, tags: [dns], no_action: Accepted.}
            action_items:
              - {title: Fix, owner: t, ticket: T, addresses: [f], status: wont-do, reason: Superseded.}
            """);

        var report = PatternReport.Build([Closed("z", "2026-03-01"), Closed("y", "2026-02-01"), Closed("x", "2026-01-01")], new Dictionary<string, IReadOnlyList<SimilarIncident>>(), SiteConfig.Default, AsOf);

        var dns = report.Patterns.Single(p => p.Name == "dns");
        Assert.True(dns.Closed);
        Assert.Equal((6, 3, 0), (dns.Factors, dns.WontDoActions, dns.Uncovered));
    }

    [Fact]
    public void Services_by_factor_category_count_each_service_s_incidents_with_a_factor_of_each_category()
    {
        var matrix = Report().Matrix;

        // checkout: e, d, b; payments: d, c; warehouse: a. Columns: technical, process, organizational.
        Assert.Equal<string>(["checkout", "payments", "warehouse"], matrix.Services);
        Assert.Equal<string>(["technical", "process", "organizational"], matrix.Categories);
        Assert.Equal([[2, 2, 0], [2, 1, 0], [0, 0, 1]], matrix.Counts.Select(r => r.ToArray()));
        Assert.Equal<int>([3, 2, 1], matrix.Incidents);
    }
}
