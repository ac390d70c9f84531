using System.Globalization;
using System.Security;
using System.Text;

namespace KnowledgeBase.Theming.Maps;

/// <summary>
/// Draws the contribution-factor map as inline SVG at build time, twice (wide and narrow, like the
/// metrics charts; the stylesheet shows the one that fits): no JavaScript, colours from the stylesheet so
/// dark mode applies, a title and a description for screen readers. The page lists every influence as
/// text beside it; the drawing is a picture of that list.
/// </summary>
public static class FactorMapSvg
{
    public static string Draw(MapInput input, string id, string title, string description) =>
        Draw(MapLayouter.Layout(input, MapFrame.Wide), MapFrame.Wide, id, title, description)
        + Draw(MapLayouter.Layout(input, MapFrame.Narrow), MapFrame.Narrow, id, title, description);

    private static string Draw(MapLayout layout, MapFrame frame, string id, string title, string description)
    {
        var own = id + "-" + frame.Name;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"chart chart-{frame.Name} factor-map\" viewBox=\"0 0 {layout.Width} {layout.Height}\" role=\"img\" aria-labelledby=\"{own}-title {own}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Inv($"<title id=\"{own}-title\">{Escape(title)}</title><desc id=\"{own}-desc\">{Escape(description)}</desc>"));
        svg.Append(Inv($"<defs><marker id=\"{own}-head\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"map-head\" d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>"));

        foreach (var (text, x, y) in layout.Headings)
        {
            svg.Append(Inv($"<text class=\"map-heading\" x=\"{x:0.#}\" y=\"{y:0.#}\">{Escape(text)}</text>"));
        }

        // Arrows first, so a box is never hidden behind a line.
        foreach (var arrow in layout.Arrows)
        {
            svg.Append(Inv($"<path class=\"map-arrow{(arrow.Backward ? " map-arrow-back" : "")}\" d=\"{arrow.Path}\" marker-end=\"url(#{own}-head)\"/>"));
        }

        foreach (var box in layout.Boxes)
        {
            var impact = box.Node.Key == MapInput.ImpactKey;
            svg.Append(Inv($"<g class=\"map-box{(impact ? " map-impact" : "")}\"><rect x=\"{box.X:0.#}\" y=\"{box.Y:0.#}\" width=\"{box.Width:0.#}\" height=\"{box.Height:0.#}\" rx=\"4\"/>"));
            for (var i = 0; i < box.Lines.Count; i++)
            {
                var baseline = box.Y + MapFrame.Padding + MapFrame.FontSize + i * MapFrame.LineHeight - 1;
                svg.Append(Inv($"<text x=\"{box.X + MapFrame.Padding:0.#}\" y=\"{baseline:0.#}\">{Escape(box.Lines[i])}</text>"));
            }

            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
