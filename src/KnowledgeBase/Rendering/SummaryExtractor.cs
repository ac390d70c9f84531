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
    public static string From(IElement body)
    {
        var blocks = body.Children.ToList();
        var underSummary = blocks
            .SkipWhile(e => !(e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && string.Equals(e.TextContent.Trim(), "Summary", StringComparison.OrdinalIgnoreCase)))
            .Skip(1)
            .TakeWhile(e => e.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6"))
            .FirstOrDefault(e => e.LocalName == "p");
        var paragraph = underSummary ?? blocks.FirstOrDefault(e => e.LocalName == "p");
        return paragraph is null ? "" : Shorten(paragraph.TextContent);
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
