namespace KnowledgeBase.Theming.Charts;

/// <summary>One series of a chart: its name in the legend, the CSS class that colours it, and a value per column.</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<double> Values);
