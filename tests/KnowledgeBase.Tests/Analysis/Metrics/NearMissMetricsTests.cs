using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis.Metrics;

/// <summary>
/// Near misses are left out of each incident metric and counted on their own. The set: two incidents and
/// two near misses in 2024 Q1, worked out by hand in the comments.
/// </summary>
public sealed class NearMissMetricsTests
{
    private static readonly DateOnly AsOf = new(2024, 3, 31);

    // a: sev1, detect 10 min, resolve 1 h. b: sev2, detect 30 min, resolve 3 h.
    // n1: near miss, sev4, detect 5 h, resolve 20 h, marked as a repeat of a. n2: near miss, undated severity.
    private static readonly RenderedPostmortem[] Set =
    [
        Incidents.Make("a", "date: 2024-01-10T10:00:00Z\ndetected: 2024-01-10T10:10:00Z\nresolved: 2024-01-10T11:10:00Z\nseverity: sev1\npublished: 2024-01-15\ncontributing_factors: [{category: technical, description: d}]"),
        Incidents.Make("b", "date: 2024-02-01T08:00:00Z\ndetected: 2024-02-01T08:30:00Z\nresolved: 2024-02-01T11:30:00Z\nseverity: sev2"),
        Incidents.Make("n1", "kind: near-miss\ndate: 2024-02-10T00:00:00Z\ndetected: 2024-02-10T05:00:00Z\nresolved: 2024-02-11T01:00:00Z\nseverity: sev4\npublished: 2024-02-12\ncontributing_factors: [{category: process, description: d}]"),
        Incidents.Make("n2", "kind: near-miss\ndate: 2024-03-01"),
    ];

    private static MetricsReport Report() =>
        MetricsReport.Build(Set, [new PossibleRepeat("n1", "a", "similar"), new PossibleRepeat("b", "a", "marked")], AsOf);

    [Fact]
    public void Near_misses_are_counted_on_their_own_overall_and_per_quarter()
    {
        var report = Report();

        Assert.Equal(2, report.NearMisses);
        var quarter = Assert.Single(report.PerQuarter);
        Assert.Equal((2, 2), (quarter.Incidents, quarter.NearMisses));
    }

    [Fact]
    public void Near_misses_are_left_out_of_the_incidents_by_severity()
    {
        var quarter = Assert.Single(Report().PerQuarter);

        // sev1: a, sev2: b; n1's sev4 and n2's missing severity count nowhere.
        Assert.Equal<int>([1, 1, 0, 0], quarter.BySeverity);
        Assert.Equal(0, quarter.Unclassified);
    }

    [Fact]
    public void Near_misses_are_left_out_of_time_to_detect_and_to_resolve()
    {
        var report = Report();

        // Only a and b: detect 10 and 30 min, resolve 1 and 3 h; n1's 5 h and 20 h would be the maxima.
        Assert.Equal((2, TimeSpan.FromMinutes(30)), (report.TimeToDetect.Count, report.TimeToDetect.P90));
        Assert.Equal((2, TimeSpan.FromHours(3)), (report.TimeToResolve.Count, report.TimeToResolve.P90));
        var quarter = Assert.Single(report.PerQuarter);
        Assert.Equal((2, 2), (quarter.Detect.Count, quarter.Resolve.Count));
    }

    [Fact]
    public void Near_misses_are_left_out_of_the_repeat_rate()
    {
        var report = Report();

        // b is a repeat; n1 is similar to a but a near miss: 1 repeat of 2 incidents is 50 %, not 2 of 4.
        Assert.Equal(1, report.Repeats);
        Assert.Equal(1, Assert.Single(report.PerQuarter).Repeats);
        Assert.Equal(50.0, report.RepeatPercent(Set.Length));
    }

    [Fact]
    public void Near_misses_still_count_in_the_learning_loop_s_factors_and_time_to_insight()
    {
        var report = Report();

        // Insight: a 5 d (11:10 on the 10th, counted by day, to the 15th), n1 1 d (11th to 12th).
        Assert.Equal(2, report.TimeToInsight.Count);
        Assert.Equal([1, 1], report.Categories.Where(c => c.CategoryId is "technical" or "process").Select(c => c.Total));
    }

    [Fact]
    public void Without_near_misses_every_figure_is_as_before()
    {
        var incidents = Set.Where(i => !i.Postmortem.IsNearMiss).ToArray();
        var without = MetricsReport.Build(incidents, [new PossibleRepeat("b", "a", "marked")], AsOf);

        Assert.Equal(0, without.NearMisses);
        Assert.Equal(Report().TimeToDetect, without.TimeToDetect);
        Assert.Equal(Report().RepeatPercent(Set.Length), without.RepeatPercent(incidents.Length));
    }
}
