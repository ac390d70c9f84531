using System.Globalization;
using System.Security;
using System.Text;

namespace KnowledgeBase.Theming.Charts;

/// <summary>
/// Charts drawn at build time as inline SVG: no chart JavaScript, colours from the stylesheet (so dark
/// mode and print apply), a title and a description for screen readers, and axis labels. Each chart is
/// shown with its data table beside it; the SVG is only a picture of that table.
/// </summary>
public static class SvgCharts
{
    private const int Width = 720;
    private const int Height = 300;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 64;
    private static readonly int[] NiceSteps = [1, 2, 4, 5, 10];

    /// <summary>Stacked bars, one per column (quarter), one segment per series.</summary>
    public static string StackedBars(string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<ChartSeries> series, string xLabel, string yLabel)
    {
        var totals = columns.Select((_, c) => series.Sum(s => s.Values[c])).ToList();
        // At least 4, so a chart of small counts gets whole-number ticks.
        var max = Math.Max(4, NiceMax(totals.Count == 0 ? 0 : totals.Max()));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = columns.Count == 0 ? plotWidth : (double)plotWidth / columns.Count;
        var svg = Open(id, title, description);
        Axes(svg, max, xLabel, yLabel);

        for (var c = 0; c < columns.Count; c++)
        {
            var x = Left + c * slot + slot * 0.15;
            var y = (double)(Top + plotHeight);
            foreach (var s in series)
            {
                var h = max == 0 ? 0 : s.Values[c] / max * plotHeight;
                if (h > 0)
                {
                    y -= h;
                    svg.Append(Inv($"<rect class=\"{s.CssClass}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{h:0.#}\"><title>{Escape(columns[c])}: {Escape(s.Name)} {s.Values[c]:0.##}</title></rect>"));
                }
            }

            if (ShowsLabel(c, columns.Count))
            {
                svg.Append(Inv($"<text class=\"tick\" x=\"{Left + c * slot + slot / 2:0.#}\" y=\"{Top + plotHeight + 16}\" text-anchor=\"middle\">{Escape(columns[c])}</text>"));
            }
        }

        Legend(svg, series);
        return Close(svg);
    }

    /// <summary>A grid of rows × columns whose cells are darker the larger their value, with the value written in.</summary>
    public static string HeatMap(string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<string> rows, IReadOnlyList<IReadOnlyList<int>> values, string xLabel, string yLabel)
    {
        const int labelWidth = 120;
        var max = values.SelectMany(r => r).DefaultIfEmpty(0).Max();
        var cellWidth = columns.Count == 0 ? 0 : (double)(Width - labelWidth - Right) / columns.Count;
        var cellHeight = rows.Count == 0 ? 0 : (double)(Height - Top - Bottom) / rows.Count;
        var svg = Open(id, title, description);
        for (var r = 0; r < rows.Count; r++)
        {
            var y = Top + r * cellHeight;
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
            if (ShowsLabel(c, columns.Count))
            {
                svg.Append(Inv($"<text class=\"tick\" x=\"{labelWidth + c * cellWidth + cellWidth / 2:0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Escape(columns[c])}</text>"));
            }
        }

        svg.Append(Inv($"<text class=\"axis-label\" x=\"{(labelWidth + Width) / 2}\" y=\"{Height - Bottom + 40}\" text-anchor=\"middle\">{Escape(xLabel)}</text>"));
        svg.Append(Inv($"<text class=\"axis-label\" x=\"12\" y=\"{Top + 12}\">{Escape(yLabel)}</text>"));
        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description) =>
        new StringBuilder().Append(Inv($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>"));

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axes(StringBuilder svg, double max, string xLabel, string yLabel)
    {
        var plotHeight = Height - Top - Bottom;
        svg.Append(Inv($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\"/>"));
        svg.Append(Inv($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\"/>"));
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = Top + plotHeight - plotHeight * i / 4.0;
            svg.Append(Inv($"<line class=\"grid\" x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\"/><text class=\"tick\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value:0.#}</text>"));
        }

        svg.Append(Inv($"<text class=\"axis-label\" x=\"{(Left + Width) / 2}\" y=\"{Height - Bottom + 40}\" text-anchor=\"middle\">{Escape(xLabel)}</text>"));
        svg.Append(Inv($"<text class=\"axis-label\" x=\"{Left}\" y=\"{Top - 4}\" text-anchor=\"start\">{Escape(yLabel)}</text>"));
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        var x = (double)Left;
        foreach (var s in series)
        {
            svg.Append(Inv($"<rect class=\"{s.CssClass}\" x=\"{x:0.#}\" y=\"{Height - 14}\" width=\"10\" height=\"10\"/><text class=\"tick\" x=\"{x + 14:0.#}\" y=\"{Height - 5}\">{Escape(s.Name)}</text>"));
            x += 24 + s.Name.Length * 7;
        }
    }

    /// <summary>At most eight column labels fit: with more columns, every second (third...) one is labelled.</summary>
    private static bool ShowsLabel(int column, int columns) => columns <= 8 || column % ((columns + 7) / 8) == 0;

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
