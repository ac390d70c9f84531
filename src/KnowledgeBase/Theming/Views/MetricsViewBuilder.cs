using System.Globalization;
using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Model;
using KnowledgeBase.Theming.Charts;

namespace KnowledgeBase.Theming.Views;

/// <summary>Turns the <see cref="MetricsReport"/> into the metrics page: charts as SVG, and the tables they picture.</summary>
public static class MetricsViewBuilder
{
    /// <summary>Trends need at least this many quarters with incidents, or a chart would suggest one that is not there.</summary>
    public const int EnoughQuarters = 2;

    public static MetricsPageView Build(SiteModel site, ViewBuilder views)
    {
        var asOf = DateOnly.FromDateTime(site.BuildTime.UtcDateTime);
        var report = MetricsReport.Build(site.Incidents, site.Repeats, asOf);
        var repeatIds = site.Repeats.Select(r => r.IncidentId).ToHashSet(StringComparer.Ordinal);
        var severities = site.Config.Severities;
        var labels = report.Quarters.Select(q => q.Label).ToList();
        var enough = report.Quarters.Count(q => report.ByQuarter[q].Length > 0) >= EnoughQuarters;

        var quarterRows = report.Quarters.Select(q =>
        {
            var incidents = report.ByQuarter[q].Select(i => i.Postmortem).ToList();
            return new QuarterRowView(
                q.Label, incidents.Count,
                [.. severities.Select(s => incidents.Count(p => p.Severity == s.Id))],
                Median(incidents.Select(IncidentDurations.TimeToDetect)),
                Median(incidents.Select(p => p.TimeToResolve)),
                incidents.Count(p => repeatIds.Contains(p.Id)));
        }).ToList();

        var categories = site.Config.Categories.Select(c => new CategoryRowView(
            c.Label,
            [.. report.Quarters.Select(q => report.ByQuarter[q].Count(i => i.Postmortem.ContributingFactors.Any(f => f.Category == c.Id)))],
            site.Incidents.Count(i => i.Postmortem.ContributingFactors.Any(f => f.Category == c.Id)))).ToList();

        var severityChart = enough ? SvgCharts.StackedBars(
            "chart-severity", "Incidents per quarter by severity",
            $"Stacked bars of {site.Incidents.Length - report.Undated} dated incidents over {labels.Count} quarters, one segment per severity; the table below has the numbers.",
            labels, [.. severities.Select((s, i) => new ChartSeries(s.Label, $"series-{Math.Min(i, 3)}", [.. quarterRows.Select(r => (double)r.BySeverity[i])]))],
            "Quarter", "Incidents") : null;

        var categoryChart = enough ? SvgCharts.HeatMap(
            "chart-categories", "Incidents with a contributing factor of each category, per quarter",
            "A grid of categories by quarter; darker cells hold more incidents; the table below has the numbers.",
            labels, [.. categories.Select(c => c.Name)], [.. categories.Select(c => (IReadOnlyList<int>)c.ByQuarter)], "Quarter", "Category") : null;

        var resolveHours = report.Quarters.Select(q => report.ByQuarter[q].Select(i => i.Postmortem.TimeToResolve).OfType<TimeSpan>().ToList()).ToList();
        var resolveChart = resolveHours.Count(h => h.Count > 0) >= 3 ? SvgCharts.StackedBars(
            "chart-resolve", "Median time from detection to resolution per quarter",
            "Bars of the median hours from detection to resolution in each quarter; the table below has the numbers.",
            labels, [new ChartSeries("Median hours", "series-1", [.. resolveHours.Select(h => h.Count == 0 ? 0 : DurationStats.Of(h).Median!.Value.TotalHours)])],
            "Quarter", "Hours") : null;

        return new MetricsPageView(
            ViewBuilder.Date(asOf), site.Incidents.Length, report.Undated, severityChart, categoryChart, resolveChart,
            [.. severities.Select(s => s.Label)], quarterRows, categories,
            [
                Duration("Time to detect", "From the start of the incident to its detection.", report.TimeToDetect),
                Duration("Time to resolve", "From detection to resolution.", report.TimeToResolve),
                Duration("Time to insight", "From resolution to the published analysis.", report.TimeToInsight),
                Duration("Time to remediation", "From the published analysis to its last action item closed.", report.TimeToRemediate),
            ],
            site.Incidents.Length == 0 ? "—" : (100.0 * report.Repeats / site.Incidents.Length).ToString("0.#", CultureInfo.InvariantCulture) + " %",
            report.Repeats,
            [.. report.GrowingTags.Select(g => new TagGrowthView(views.TermLink("tags", g.Tag), g.From.Label, g.Before, g.To.Label, g.After))],
            enough);
    }

    private static DurationView Duration(string name, string description, DurationStats stats) => new(
        name, description, stats.Count,
        stats.Median is { } m ? Durations.Format(m) : "—",
        stats.P90 is { } p ? Durations.Format(p) : "—",
        stats.StillOpen, stats.HasEnoughData);

    /// <summary>"median / p90" for a quarter's incidents, or a dash when none records the duration.</summary>
    private static string Median(IEnumerable<TimeSpan?> values) =>
        DurationStats.Of(values.OfType<TimeSpan>()) is { Median: { } median, P90: { } p90 }
            ? Durations.Format(median) + " / " + Durations.Format(p90)
            : "—";
}
