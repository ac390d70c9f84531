using System.Globalization;
using System.Security;
using System.Text;

namespace KnowledgeBase.Theming.Charts;

/// <summary>
/// Charts drawn at build time as inline SVG: no chart JavaScript, colours from the stylesheet (so dark
/// mode and print apply), a title and a description for screen readers, and axis labels. Each chart is
/// shown with its data table beside it; the SVG is only a picture of that table. Each is drawn in both
/// <see cref="ChartFrame"/>s (<c>chart-wide</c>, <c>chart-narrow</c>); the stylesheet shows one.
/// </summary>
public static class SvgCharts
{
    private const int LegendLine = 16;
    private static readonly int[] NiceSteps = [1, 2, 4, 5, 10];

    /// <summary>Stacked bars, one per column (quarter), one segment per series; a legend when there are several series.</summary>
    public static string StackedBars(string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<ChartSeries> series, string xLabel, string yLabel) =>
        Both(frame => StackedBars(frame, id + "-" + frame.Name, title, description, columns, series, xLabel, yLabel));

    /// <summary>A grid of rows × columns whose cells are darker the larger their value, with the value written in where it fits.</summary>
    public static string HeatMap(string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<string> rows, IReadOnlyList<IReadOnlyList<int>> values, string xLabel, string yLabel) =>
        Both(frame => HeatMap(frame, id + "-" + frame.Name, title, description, columns, rows, values, xLabel, yLabel));

    private static string Both(Func<ChartFrame, string> draw) => draw(ChartFrame.Wide) + draw(ChartFrame.Narrow);

    private static string StackedBars(ChartFrame frame, string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<ChartSeries> series, string xLabel, string yLabel)
    {
        var totals = columns.Select((_, c) => series.Sum(s => s.Values[c])).ToList();
        // At least 4, so a chart of small counts gets whole-number ticks.
        var max = Math.Max(4, NiceMax(totals.Count == 0 ? 0 : totals.Max()));
        var legend = series.Count > 1 ? LegendRows(frame, series) : [];
        var height = frame.Height + Math.Max(0, legend.Count - 1) * LegendLine;
        var slot = columns.Count == 0 ? frame.PlotWidth : (double)frame.PlotWidth / columns.Count;
        var svg = Open(frame, height, id, title, description);
        Axes(svg, frame, max, xLabel, yLabel);

        for (var c = 0; c < columns.Count; c++)
        {
            var x = frame.Left + c * slot + slot * 0.15;
            var y = (double)frame.PlotBottom;
            foreach (var s in series)
            {
                var h = max == 0 ? 0 : s.Values[c] / max * frame.PlotHeight;
                if (h > 0)
                {
                    y -= h;
                    svg.Append(Inv($"<rect class=\"{s.CssClass}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{h:0.#}\"><title>{Escape(columns[c])}: {Escape(s.Name)} {s.Values[c]:0.##}</title></rect>"));
                }
            }

            if (frame.ShowsLabel(c, columns.Count))
            {
                svg.Append(Inv($"<text class=\"tick\" x=\"{frame.Left + c * slot + slot / 2:0.#}\" y=\"{frame.PlotBottom + 16}\" text-anchor=\"middle\">{Escape(columns[c])}</text>"));
            }
        }

        for (var row = 0; row < legend.Count; row++)
        {
            var y = frame.Height - 14 + row * LegendLine;
            foreach (var (s, x) in legend[row])
            {
                svg.Append(Inv($"<rect class=\"{s.CssClass}\" x=\"{x}\" y=\"{y}\" width=\"10\" height=\"10\"/><text class=\"tick\" x=\"{x + 14}\" y=\"{y + 9}\">{Escape(s.Name)}</text>"));
            }
        }

        return Close(svg);
    }

    private static string HeatMap(ChartFrame frame, string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<string> rows, IReadOnlyList<IReadOnlyList<int>> values, string xLabel, string yLabel)
    {
        var labelWidth = frame.LabelWidth;
        var max = values.SelectMany(r => r).DefaultIfEmpty(0).Max();
        var cellWidth = columns.Count == 0 ? 0 : (double)(frame.Width - labelWidth - frame.Right) / columns.Count;
        var cellHeight = rows.Count == 0 ? 0 : (double)frame.PlotHeight / rows.Count;
        var svg = Open(frame, frame.Height, id, title, description);
        for (var r = 0; r < rows.Count; r++)
        {
            var y = frame.Top + r * cellHeight;
            svg.Append(Inv($"<text class=\"tick\" x=\"{labelWidth - 8}\" y=\"{y + cellHeight / 2 + 4:0.#}\" text-anchor=\"end\">{Escape(rows[r])}</text>"));
            for (var c = 0; c < columns.Count; c++)
            {
                var value = values[r][c];
                var x = labelWidth + c * cellWidth;
                var level = max == 0 || value == 0 ? 0 : 1 + (int)Math.Round(3.0 * value / max);
                svg.Append(Inv($"<rect class=\"heat heat-{level}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{cellWidth - 2:0.#}\" height=\"{cellHeight - 2:0.#}\"><title>{Escape(rows[r])}, {Escape(columns[c])}: {value}</title></rect>"));
                if (value > 0 && cellWidth >= 18)
                {
                    svg.Append(Inv($"<text class=\"cell heat-text-{level}\" x=\"{x + cellWidth / 2 - 1:0.#}\" y=\"{y + cellHeight / 2 + 4:0.#}\" text-anchor=\"middle\">{value}</text>"));
                }
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            if (frame.ShowsLabel(c, columns.Count))
            {
                svg.Append(Inv($"<text class=\"tick\" x=\"{labelWidth + c * cellWidth + cellWidth / 2:0.#}\" y=\"{frame.PlotBottom + 16}\" text-anchor=\"middle\">{Escape(columns[c])}</text>"));
            }
        }

        svg.Append(Inv($"<text class=\"axis-label\" x=\"{(labelWidth + frame.Width) / 2}\" y=\"{frame.PlotBottom + 40}\" text-anchor=\"middle\">{Escape(xLabel)}</text>"));
        svg.Append(Inv($"<text class=\"axis-label\" x=\"12\" y=\"{frame.Top + 12}\">{Escape(yLabel)}</text>"));
        return Close(svg);
    }

    private static StringBuilder Open(ChartFrame frame, int height, string id, string title, string description) =>
        new StringBuilder().Append(Inv($"<svg class=\"chart chart-{frame.Name}\" viewBox=\"0 0 {frame.Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>"));

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axes(StringBuilder svg, ChartFrame frame, double max, string xLabel, string yLabel)
    {
        var right = frame.Width - frame.Right;
        svg.Append(Inv($"<line class=\"axis\" x1=\"{frame.Left}\" y1=\"{frame.Top}\" x2=\"{frame.Left}\" y2=\"{frame.PlotBottom}\"/>"));
        svg.Append(Inv($"<line class=\"axis\" x1=\"{frame.Left}\" y1=\"{frame.PlotBottom}\" x2=\"{right}\" y2=\"{frame.PlotBottom}\"/>"));
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = frame.PlotBottom - frame.PlotHeight * i / 4.0;
            svg.Append(Inv($"<line class=\"grid\" x1=\"{frame.Left}\" y1=\"{y:0.#}\" x2=\"{right}\" y2=\"{y:0.#}\"/><text class=\"tick\" x=\"{frame.Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value:0.#}</text>"));
        }

        svg.Append(Inv($"<text class=\"axis-label\" x=\"{(frame.Left + frame.Width) / 2}\" y=\"{frame.PlotBottom + 40}\" text-anchor=\"middle\">{Escape(xLabel)}</text>"));
        svg.Append(Inv($"<text class=\"axis-label\" x=\"{frame.Left}\" y=\"{frame.Top - 4}\" text-anchor=\"start\">{Escape(yLabel)}</text>"));
    }

    /// <summary>The legend's entries with their x, in as many rows as the frame's width needs (7 units a character is generous at 11 units).</summary>
    private static List<List<(ChartSeries Series, int X)>> LegendRows(ChartFrame frame, IReadOnlyList<ChartSeries> series)
    {
        var rows = new List<List<(ChartSeries, int)>> { new() };
        var x = frame.Left;
        foreach (var s in series)
        {
            var width = 14 + s.Name.Length * 7;
            if (rows[^1].Count > 0 && x + width > frame.Width - frame.Right)
            {
                rows.Add([]);
                x = frame.Left;
            }

            rows[^1].Add((s, x));
            x += width + 10;
        }

        return rows;
    }

    /// <summary>A round upper bound for the value axis (1, 2, 5 × 10ⁿ), at least 1.</summary>
    public static double NiceMax(double max)
    {
        if (max <= 1)
        {
            return max <= 0 ? 0 : 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return NiceSteps.Select(f => f * magnitude).First(v => v >= max);
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
