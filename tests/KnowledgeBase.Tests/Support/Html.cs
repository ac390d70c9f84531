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

    /// <summary>The theme's own scripts: external files under assets/, never inline code.</summary>
    private static readonly string[] ThemeScripts = ["assets/site.js", "assets/search.js", "assets/search-data.js", "assets/search-chunks.js", "assets/vendor/lunr.min.js", "assets/on-this-day.js", "assets/highlight.js"];

    /// <summary>
    /// Elements that could run code or submit data and that the theme did not put there: every script
    /// except the theme's external files, every form except its two search forms, and frames, objects,
    /// embeds and style elements.
    /// </summary>
    public static List<AngleSharp.Dom.IElement> ForeignActiveElements(this AngleSharp.Dom.IDocument page, string selector = "script, iframe, object, embed, form, style") =>
        [.. page.QuerySelectorAll(selector).Where(e => !IsTheme(e))];

    private static bool IsTheme(AngleSharp.Dom.IElement element) => element switch
    {
        IHtmlScriptElement script => script.Text.Length == 0 && ThemeScripts.Any(s => (script.Source ?? "").EndsWith(s, StringComparison.Ordinal)),
        IHtmlFormElement form => form.ClassList.Contains("site-search") || form.ClassList.Contains("search-form"),
        // The contribution-factor map the theme draws (its text is escaped like any other, see PageRendererTests).
        { LocalName: "svg" } svg => svg.ClassList.Contains("factor-map") && svg.ParentElement?.ParentElement?.ClassList.Contains("factor-map-section") == true,
        _ => false,
    };
}
