namespace KnowledgeBase.Theming.Charts;

/// <summary>
/// The size a chart is drawn at, in the SVG's own units, its margins, and how many column labels fit.
/// A chart is drawn twice, wide and narrow, and the stylesheet shows the one that fits the screen: an SVG
/// scales its text with its width, so one drawing 720 units wide would show its 11-unit text at about 5 px
/// on a phone. Each frame is shown only where the chart gets at least its own width in CSS pixels, so text
/// is never scaled below its size.
/// </summary>
/// <param name="LabelWidth">The heat map's column of row labels.</param>
internal sealed record ChartFrame(string Name, int Width, int Height, int Left, int Right, int Top, int Bottom, int LabelWidth, int MaxColumnLabels)
{
    /// <summary>From 48rem up, where the chart gets 46rem (736 px), a little more than its 720 units.</summary>
    public static readonly ChartFrame Wide = new("wide", 720, 300, 48, 16, 16, 64, 120, 8);

    /// <summary>
    /// Below 48rem: 320 units, what a 360 px phone leaves the chart (328 px) after the page's margins.
    /// It grows to at most 30rem wide, so on a tablet its text stays below 1.5 times its size.
    /// </summary>
    public static readonly ChartFrame Narrow = new("narrow", 320, 280, 40, 8, 16, 64, 96, 4);

    public int PlotWidth => Width - Left - Right;

    public int PlotHeight => Height - Top - Bottom;

    public int PlotBottom => Top + PlotHeight;

    /// <summary>With more columns than fit, every second (third...) one is labelled, the first always.</summary>
    public bool ShowsLabel(int column, int columns) =>
        columns <= MaxColumnLabels || column % ((columns + MaxColumnLabels - 1) / MaxColumnLabels) == 0;
}
