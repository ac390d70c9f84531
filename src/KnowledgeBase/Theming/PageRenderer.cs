using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using KnowledgeBase.Model;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Theming;

/// <summary>
/// Renders a planned page: its template first, then the layout around it. Always with the HTML encoder,
/// so every value is escaped unless a template says <c>| raw</c> (only the sanitized body does).
/// </summary>
public sealed class PageRenderer(Theme theme, TemplateOptions options, SiteView site)
{
    /// <summary>Escapes markup characters but keeps letters of every script readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Render(PlannedPage page, string? canonicalBase)
    {
        // 404.html is served at any address, so its links must not be relative to where it was written.
        var root = page.Path == SitePaths.NotFound && canonicalBase is not null ? canonicalBase : SitePaths.RootFrom(page.Path);
        var canonical = canonicalBase is null || page.Path == SitePaths.NotFound ? null : canonicalBase + SitePaths.Pretty(page.Path);
        var pageView = new PageView(page.Title, page.Path, root, canonical, page.Section, page.Description);

        var context = new TemplateContext(options);
        context.SetValue("site", site);
        context.SetValue("page", pageView);
        context.SetValue(page.ModelName, page.Model);
        foreach (var (name, value) in page.Extras)
        {
            context.SetValue(name, value);
        }

        var content = theme[page.Template].Render(context, Encoder);
        context.SetValue("content", new StringValue(content, encode: false));
        var html = theme["layout"].Render(context, Encoder);
        return Tidy(html);
    }

    /// <summary>One line-end convention and one final newline, whatever the template's whitespace.</summary>
    private static string Tidy(string html)
    {
        var text = html.Replace("\r\n", "\n", StringComparison.Ordinal);
        // Most pages are tidy already; copying a page costs as much as writing it.
        var tidy = text.Length > 1 && text[0] != '\n' && text[^1] == '\n' && text[^2] != '\n';
        return tidy ? text : text.Trim('\n') + "\n";
    }
}
