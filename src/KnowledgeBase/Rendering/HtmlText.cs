using AngleSharp.Html.Parser;

namespace KnowledgeBase.Rendering;

/// <summary>The words a reader sees in rendered HTML, without markup, for search and similarity.</summary>
public static class HtmlText
{
    /// <summary>Block elements keep a space between them, so words on both sides of a tag stay apart.</summary>
    public static string Of(string html, HtmlParser parser)
    {
        var document = parser.ParseDocument("<body>" + html.Replace("<", " <", StringComparison.Ordinal) + "</body>");
        return document.Body?.TextContent ?? "";
    }
}
