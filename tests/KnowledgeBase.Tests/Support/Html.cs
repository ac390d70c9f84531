using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Tests.Support;

/// <summary>HTML read the way a browser reads it, so tests assert on elements rather than on text.</summary>
public static class Html
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IHtmlDocument Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Whitespace-collapsed text, as a reader sees it.</summary>
    public static string Text(this AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
