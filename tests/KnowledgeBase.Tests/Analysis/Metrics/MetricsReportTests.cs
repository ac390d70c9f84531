using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis.Metrics;

/// <summary>Every metric on a small hand-made set whose answers are worked out by hand in the comments.</summary>
public sealed class MetricsReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    // Q1 2024: a (detect 10 min, resolve 1 h, insight 5 d, remediation 20 d) and b (detect 30 min, resolve 3 h).
    // Q2 2024: nothing. Q3 2024: c (detect 2 h, resolve 30 min, one item still open). d is undated.
    private static readonly RenderedPostmortem[] Set =
    [
        Incidents.Make("a", """
            date: 2024-01-10T10:00:00Z
            detected: 2024-01-10T10:10:00Z
            resolved: 2024-01-10T11:10:00Z
            published: 2024-01-15
            severity: sev1
            tags: [dns]
            contributing_factors: [{category: technical, description: d}]
            action_items:
              - {title: x, owner: t, status: done, closed: 2024-01-25}
              - {title: y, owner: t, status: wont-do, closed: 2024-02-04}
            """),
        Incidents.Make("b", """
            date: 2024-02-01T08:00:00Z
            detected: 2024-02-01T08:30:00Z
            resolved: 2024-02-01T11:30:00Z
            severity: sev2
            tags: [dns]
            contributing_factors: [{category: process, description: d}]
            """),
        Incidents.Make("c", """
            date: 2024-08-01T00:00:00Z
            detected: 2024-08-01T02:00:00Z
            resolved: 2024-08-01T02:30:00Z
            published: 2024-08-10
            severity: sev2
            tags: [dns, cache]
            contributing_factors: [{category: technical, description: d}, {category: process, description: e}]
            action_items:
              - {title: z, owner: t, status: open}
            """),
        Incidents.Make("d", "severity: sev4\ntags: [cache]"),
    ];

    private static MetricsReport Report() =>
        MetricsReport.Build(Set, [new PossibleRepeat("c", "a", "marked")], AsOf);

    [Fact]
    public void Quarters_run_from_the_first_incident_to_the_build_date_with_empty_ones_included()
    {
        var report = Report();

        // 2024 Q1 to 2026 Q4 (the build date's quarter): the quiet quarters since the last incident are shown too.
        Assert.Equal(12, report.Quarters.Length);
        Assert.Equal(["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"], report.Quarters.Take(4).Select(q => q.Label));
        Assert.Equal("2026 Q4", report.Quarters[^1].Label);
        Assert.Equal([2, 0, 1, 0], report.Quarters.Take(4).Select(q => report.ByQuarter[q].Length));
        Assert.Equal(1, report.Undated);
        Assert.Equal(0, report.Earlier);
    }

    [Fact]
    public void An_archive_reaching_back_decades_shows_the_last_five_years_and_counts_the_rest_overall()
    {
        var report = MetricsReport.Build(
            [Incidents.Make("vasa", "date: 1628-08-10"), Incidents.Make("old", "date: 2019-05-01"), Incidents.Make("new", "date: 2025-03-01")], [], AsOf);

        Assert.Equal(MetricsReport.MaxQuarters, report.Quarters.Length);
        Assert.Equal(("2022 Q1", "2026 Q4"), (report.Quarters[0].Label, report.Quarters[^1].Label));
        Assert.Equal(2, report.Earlier);
    }

    [Fact]
    public void Time_to_detect_and_resolve_have_their_medians_and_90th_percentiles()
    {
        var report = Report();

        // Detect: 10 min, 30 min, 2 h. Resolve: 1 h, 3 h, 30 min. Nearest rank: median is the 2nd, p90 the 3rd.
        Assert.Equal((3, TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)), (report.TimeToDetect.Count, report.TimeToDetect.Median, report.TimeToDetect.P90));
        Assert.Equal((3, TimeSpan.FromHours(1), TimeSpan.FromHours(3)), (report.TimeToResolve.Count, report.TimeToResolve.Median, report.TimeToResolve.P90));
        Assert.True(report.TimeToResolve.HasEnoughData);
    }

    [Fact]
    public void Time_to_insight_and_to_remediation_count_what_is_known_and_what_is_still_open()
    {
        var report = Report();

        // Insight: a 5 d (10th to 15th), c 9 d (1st to 10th). Remediation: only a is closed: 20 d (15th Jan to 4th Feb).
        Assert.Equal((2, TimeSpan.FromDays(5), TimeSpan.FromDays(9)), (report.TimeToInsight.Count, report.TimeToInsight.Median, report.TimeToInsight.P90));
        Assert.Equal((1, TimeSpan.FromDays(20), 1), (report.TimeToRemediate.Count, report.TimeToRemediate.Median, report.TimeToRemediate.StillOpen));
        Assert.False(report.TimeToRemediate.HasEnoughData);
    }

    [Fact]
    public void Repeats_are_counted()
    {
        Assert.Equal(1, Report().Repeats);
    }

    [Fact]
    public void Years_no_incident_can_have_keep_the_quarters_bounded_and_count_overall_only()
    {
        var report = MetricsReport.Build(
            [Incidents.Make("zero", "date: 0001-01-01"), Incidents.Make("typo", "date: 9999-12-31"), Incidents.Make("real", "date: 2026-02-01")], [], AsOf);

        // Five years back from the build date's quarter, not 40,000 quarters from 0001 to 9999.
        Assert.Equal(MetricsReport.MaxQuarters, report.Quarters.Length);
        Assert.Equal("2026 Q4", report.Quarters[^1].Label);
        Assert.Equal(2, report.Earlier);
    }

    [Fact]
    public void A_tag_grows_when_the_last_quarter_has_more_incidents_than_the_one_before_and_at_least_the_minimum()
    {
        // 2026 Q3: dns once, cache once. 2026 Q4 (the build date's): dns three times, cache twice, queue once.
        var report = MetricsReport.Build(
        [
            Incidents.Make("q3a", "date: 2026-07-01\ntags: [dns]"), Incidents.Make("q3b", "date: 2026-08-01\ntags: [cache]"),
            Incidents.Make("q4a", "date: 2026-10-01\ntags: [dns, cache]"), Incidents.Make("q4b", "date: 2026-10-02\ntags: [dns, cache]"),
            Incidents.Make("q4c", "date: 2026-10-03\ntags: [dns, queue]"),
        ], [], AsOf);

        // cache (1 -> 2) and queue (0 -> 1) grew too, but two or one incidents are chance, not a trend.
        Assert.Equal(3, TagGrowth.MinimumCount);
        Assert.Equal([("dns", 1, 3)], report.GrowingTags.Select(g => (g.Tag, g.Before, g.After)));
    }

    [Fact]
    public void Without_dated_incidents_there_are_no_quarters_and_no_percentiles()
    {
        var report = MetricsReport.Build([Incidents.Make("d", "severity: sev4")], [], AsOf);

        Assert.Empty(report.Quarters);
        Assert.Empty(report.GrowingTags);
        Assert.Equal((0, null), (report.TimeToDetect.Count, report.TimeToDetect.Median));
    }
}
