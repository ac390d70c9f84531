using System.Globalization;
using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Theming.Views;

/// <summary>
/// Turns the <see cref="MetricsReport"/> into the metrics page: charts as SVG, and the tables they picture.
/// What no incident records (severities, factors, durations, action items, repeats) gets neither chart nor
/// column: the page says so in a sentence instead of drawing zeros.
/// </summary>
public static class MetricsViewBuilder
{
    public static MetricsPageView Build(SiteModel site, ViewBuilder views)
    {
        var asOf = DateOnly.FromDateTime(site.BuildTime.UtcDateTime);
        var facts = site.Facts;
        var report = site.Metrics;
        var enough = report.HasTrends;

        var quarterRows = report.PerQuarter.Select(q => new QuarterRowView(
            q.Quarter.Label, q.Incidents,
            [.. facts.HasSeverities ? q.BySeverity : [], .. facts.HasUnclassified ? [q.Unclassified] : Array.Empty<int>()],
            Median(q.Detect), Median(q.Resolve), q.Repeats)
        {
            NearMisses = q.NearMisses,
        }).ToList();

        var labels = site.Config.Categories.ToDictionary(c => c.Id, c => c.Label, StringComparer.Ordinal);
        var categories = report.Categories.Select(c => new CategoryRowView(labels[c.CategoryId], c.ByQuarter, c.Total)).ToList();

        List<string> severityColumns = facts.HasSeverities ? [.. site.Config.Severities.Select(s => s.Label)] : [];
        if (facts.HasUnclassified)
        {
            severityColumns.Add("Unclassified");
        }

        var charts = new MetricsCharts(report, enough, site.Incidents.Length - report.Undated - report.Earlier - report.PerQuarter.Sum(q => q.NearMisses));
        List<DurationView> durations =
        [
            Duration("Time to detect", "From the start of the incident to its detection.", report.TimeToDetect),
            Duration("Time to resolve", "From detection (or, where it is not recorded, the start) to resolution.", report.TimeToResolve),
            Duration("Time to insight", "From resolution to the published analysis.", report.TimeToInsight),
            .. facts.HasActionItems ? [Duration("Time to remediation", "From the published analysis to its last action item closed.", report.TimeToRemediate)] : Array.Empty<DurationView>(),
        ];

        return new MetricsPageView(
            ViewBuilder.Date(asOf), site.Incidents.Length - report.NearMisses, report.Undated, report.Earlier, report.Quarters.IsEmpty ? "" : report.Quarters[0].Label,
            charts.ByQuarter(severityColumns, facts.HasUnclassified, quarterRows),
            facts.HasFactors ? charts.Categories(categories) : null,
            charts.Resolve(),
            severityColumns, quarterRows, categories, durations,
            report.RepeatPercent(site.Incidents.Length) is { } percent ? percent.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "—",
            report.Repeats,
            [.. report.GrowingTags.Select(g => new TagGrowthView(views.TermLink(TaxonomyKind.Tags, g.Tag), g.From.Label, g.Before, g.To.Label, g.After))],
            enough,
            new MetricsShowsView(
                Durations: durations.Any(d => d.Count > 0 || d.StillOpen > 0),
                Detect: report.TimeToDetect.Count > 0,
                Resolve: report.TimeToResolve.Count > 0,
                Categories: facts.HasFactors,
                ActionItems: facts.HasActionItems,
                Repeats: facts.HasRepeats)
            {
                NearMisses = report.NearMisses > 0,
            })
        {
            NearMisses = report.NearMisses,
            NearMissShare = site.Incidents.Length == 0 ? "—" : Percent(100.0 * report.NearMisses / site.Incidents.Length),
            Loop = facts.HasFactors || facts.HasActionItems ? Loop(report) : null,
        };
    }

    private static LoopView Loop(MetricsReport report)
    {
        var loop = report.Loop;
        CoverageRowView Coverage(string label, FactorCoverageFigures f) =>
            new(label, f.Factors, f.Addressed, f.Covered, f.Percent is { } p ? Percent(p) : "—");

        return new LoopView(
            [.. report.Quarters.Select((q, i) => Coverage(q.Label, loop.Coverage[i]))],
            Coverage("All", loop.Overall),
            [.. loop.ByPriority.Select(p => new PriorityRowView(
                p.Priority is { } priority ? char.ToUpperInvariant(priority.Name()[0]) + priority.Name()[1..] : "No priority",
                p.Items, p.Open, p.TimeToClose.Count,
                p.TimeToClose.Median is { } m ? Durations.Format(m) : "—",
                p.TimeToClose.P90 is { } p90 ? Durations.Format(p90) : "—",
                p.TimeToClose.HasEnoughData))],
            loop.Items, loop.Strategic, loop.StrategicOpen,
            loop.Items == 0 ? "—" : Percent(100.0 * loop.Strategic / loop.Items));
    }

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static DurationView Duration(string name, string description, DurationStats stats) => new(
        name, description, stats.Count,
        stats.Median is { } m ? Durations.Format(m) : "—",
        stats.P90 is { } p ? Durations.Format(p) : "—",
        stats.StillOpen, stats.HasEnoughData);

    /// <summary>"median / p90" for a quarter's incidents, or a dash when none records the duration.</summary>
    private static string Median(DurationStats stats) =>
        stats is { Median: { } median, P90: { } p90 }
            ? Durations.Format(median) + " / " + Durations.Format(p90)
            : "—";
}
