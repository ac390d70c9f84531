using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Rendering;

/// <summary>
/// The summary of a postmortem that has none in front-matter: the first paragraph under a "Summary"
/// heading, else the first paragraph of the body, as plain text of at most 320 characters.
/// </summary>
public static class SummaryExtractor
{
    public const int Limit = 320;

    public static string From(string sanitizedHtml) =>
        From(new HtmlParser().ParseDocument("<body>" + sanitizedHtml + "</body>").Body!);

    /// <param name="body">The element whose children are the body's blocks (the sanitized document's body).</param>
    public static string From(IElement body) => Pick(body.Children, e => e.LocalName, e => e.TextContent);

    /// <param name="blocks">The body's top-level elements, as <see cref="GeneratedHtml"/> reads them.</param>
    public static string From(IReadOnlyList<GeneratedHtml.Block> blocks) => Pick(blocks, b => b.Name, b => b.Text);

    private static string Pick<T>(IEnumerable<T> body, Func<T, string> name, Func<T, string> text)
        where T : class
    {
        var blocks = body.ToList();
        var underSummary = blocks
            .SkipWhile(e => !(name(e) is "h2" or "h3" or "h4" or "h5" or "h6" && string.Equals(text(e).Trim(), "Summary", StringComparison.OrdinalIgnoreCase)))
            .Skip(1)
            .TakeWhile(e => name(e) is not ("h2" or "h3" or "h4" or "h5" or "h6"))
            .FirstOrDefault(e => name(e) == "p");
        var paragraph = underSummary ?? blocks.FirstOrDefault(e => name(e) == "p");
        return paragraph is null ? "" : Shorten(text(paragraph));
    }

    private static string Shorten(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= Limit)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', Limit);
        return collapsed[..(cut > Limit / 2 ? cut : Limit)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
