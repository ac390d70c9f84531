using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis.Metrics;

/// <summary>The learning loop's own metrics on a hand-made set, worked out in the comments.</summary>
public sealed class LoopFiguresTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 30);

    // 2024 Q1: a, three factors: f addressed by x, g with no_action, h neither; published 1 Jan.
    //   x high strategic, done 11 Jan (10 d); y high, done 21 Jan (20 d); z high, open; w medium, done 31 Jan (30 d).
    // 2024 Q2: b, one factor addressed by v (low, wont-do), and v2 without priority, open.
    private static readonly RenderedPostmortem[] Set =
    [
        Incidents.Make("b", """
            date: 2024-04-10
            published: 2024-04-20
            contributing_factors:
              - {id: k, category: process, description: d}
            action_items:
              - {title: v, owner: t, ticket: T, priority: low, status: wont-do, reason: r, addresses: [k]}
              - {title: v2, owner: t, ticket: T}
            """),
        Incidents.Make("a", """
            date: 2024-01-01
            published: 2024-01-01
            contributing_factors:
              - {id: f, category: technical, description: d}
              - {id: g, category: technical, description: d, no_action: Accepted.}
              - {id: h, category: process, description: d}
            action_items:
              - {title: x, owner: t, ticket: T, priority: high, tags: [strategic], status: done, closed: 2024-01-11, addresses: [f]}
              - {title: y, owner: t, ticket: T, priority: high, status: done, closed: 2024-01-21}
              - {title: z, owner: t, ticket: T, priority: high}
              - {title: w, owner: t, ticket: T, priority: medium, status: done, closed: 2024-01-31}
            """),
    ];

    private static LoopFigures Loop() => MetricsReport.Build(Set, [], AsOf).Loop;

    [Fact]
    public void Gate_coverage_counts_factors_addressed_or_explained_overall_and_per_quarter()
    {
        var loop = Loop();

        // Q1: f addressed, g explained, h neither: 2 of 3 covered. Q2: k addressed (by a won't-do item): 1 of 1.
        Assert.Equal([(3, 1, 2), (1, 1, 1)], loop.Coverage.Select(c => (c.Factors, c.Addressed, c.Covered)));
        Assert.Equal((4, 2, 3), (loop.Overall.Factors, loop.Overall.Addressed, loop.Overall.Covered));
        Assert.Equal(75.0, loop.Overall.Percent);
    }

    [Fact]
    public void Action_items_by_priority_have_their_median_time_from_publication_to_done()
    {
        var loop = Loop();

        // High: x 10 d, y 20 d done, z open: median of two is the first (nearest rank), p90 the second.
        Assert.Equal([ActionPriority.High, ActionPriority.Medium, ActionPriority.Low, null], loop.ByPriority.Select(p => p.Priority));
        var high = loop.ByPriority[0];
        Assert.Equal((3, 1, 2, TimeSpan.FromDays(10), TimeSpan.FromDays(20)), (high.Items, high.Open, high.TimeToClose.Count, high.TimeToClose.Median, high.TimeToClose.P90));
        // A won't-do item is closed but not done: it has no time to close.
        Assert.Equal((1, 0, 0), (loop.ByPriority[2].Items, loop.ByPriority[2].Open, loop.ByPriority[2].TimeToClose.Count));
        Assert.Equal((1, 1), (loop.ByPriority[3].Items, loop.ByPriority[3].Open));
    }

    [Fact]
    public void Strategic_items_are_those_of_priority_high_tagged_strategic()
    {
        var loop = Loop();

        Assert.Equal((6, 1, 0), (loop.Items, loop.Strategic, loop.StrategicOpen));
    }

    [Fact]
    public void Without_items_of_no_priority_that_row_is_left_out()
    {
        var loop = MetricsReport.Build([Set[1]], [], AsOf).Loop;

        Assert.Equal([ActionPriority.High, ActionPriority.Medium, ActionPriority.Low], loop.ByPriority.Select(p => p.Priority));
    }
}
