using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Theming.Charts;

namespace KnowledgeBase.Theming.Views;

/// <summary>
/// The charts of the metrics page, each only where it has something to picture: trends need
/// <see cref="MetricsReport.EnoughQuarters"/> quarters with incidents, and a chart of a dimension
/// no incident records is not drawn at all (its caller passes nothing to draw).
/// </summary>
/// <param name="enough">Whether enough quarters have incidents for a trend.</param>
/// <param name="dated">Incidents with a date, the ones a quarter counts.</param>
internal sealed class MetricsCharts(MetricsReport report, bool enough, int dated)
{
    private readonly List<string> _labels = [.. report.Quarters.Select(q => q.Label)];

    /// <summary>
    /// Incidents per quarter, one segment per severity column (the last may be "Unclassified", so the bars
    /// count every dated incident); one plain bar per quarter when no incident has a severity.
    /// </summary>
    /// <param name="unclassified">Whether the last column counts the incidents without a severity.</param>
    public string? ByQuarter(IReadOnlyList<string> severityColumns, bool unclassified, IReadOnlyList<QuarterRowView> rows)
    {
        if (!enough)
        {
            return null;
        }

        if (severityColumns.Count == 0)
        {
            return SvgCharts.StackedBars(
                "chart-quarters", "Incidents per quarter",
                $"Bars of {dated} dated incidents over {_labels.Count} quarters; the table below has the numbers.",
                _labels, [new ChartSeries("Incidents", "series-all", [.. rows.Select(r => (double)r.Total)])], "Quarter", "Incidents");
        }

        var series = severityColumns.Select((name, i) => new ChartSeries(
            name, unclassified && i == severityColumns.Count - 1 ? "series-none" : $"series-{Math.Min(i, 3)}",
            [.. rows.Select(r => (double)r.BySeverity[i])]));
        return SvgCharts.StackedBars(
            "chart-quarters", "Incidents per quarter by severity",
            $"Stacked bars of {dated} dated incidents over {_labels.Count} quarters, one segment per severity; the table below has the numbers.",
            _labels, [.. series], "Quarter", "Incidents");
    }

    public string? Categories(IReadOnlyList<CategoryRowView> categories) => !enough ? null : SvgCharts.HeatMap(
        "chart-categories", "Incidents with a contributing factor of each category, per quarter",
        "A grid of categories by quarter; darker cells hold more incidents; the table below has the numbers.",
        _labels, [.. categories.Select(c => c.Name)], [.. categories.Select(c => (IReadOnlyList<int>)c.ByQuarter)], "Quarter", "Category");

    /// <summary>Needs three quarters with a resolution time: with fewer, a median per quarter is a single incident.</summary>
    public string? Resolve()
    {
        var hours = report.Quarters.Select(q => report.ByQuarter[q].Where(i => !i.Postmortem.IsNearMiss).Select(i => i.Postmortem.TimeToResolve).OfType<TimeSpan>().ToList()).ToList();
        return hours.Count(h => h.Count > 0) < 3 ? null : SvgCharts.StackedBars(
            "chart-resolve", "Median time from detection to resolution per quarter",
            "Bars of the median hours from detection to resolution in each quarter; the table below has the numbers.",
            _labels, [new ChartSeries("Median hours", "series-1", [.. hours.Select(h => h.Count == 0 ? 0 : DurationStats.Of(h).Median!.Value.TotalHours)])],
            "Quarter", "Hours");
    }
}
