using Ganss.Xss;

namespace KnowledgeBase.Rendering;

/// <summary>
/// The allow-list for HTML in postmortems: HtmlSanitizer's defaults (no script, no event handlers,
/// no <c>style</c>), the attributes Markdig's own output needs, and only http, https and mailto URLs.
/// A link that opens another tab never hands that page a handle on ours (reverse tabnabbing).
/// </summary>
public static partial class HtmlSanitizerFactory
{
    /// <remarks>Built from HtmlSanitizer's defaults, which costs a third of a second: a site whose authors wrote no HTML never builds it.</remarks>
    private static readonly HtmlSanitizerOptions Options = BuildOptions();

    /// <summary>A new sanitizer per document: its URL hook reports problems for that document only.</summary>
    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(Options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Whatever rel the author wrote ("opener"), a page opened in another tab or frame gets no
            // window.opener to navigate the knowledge base's tab with.
            if (e.Node is AngleSharp.Dom.IElement element && element.HasAttribute("target"))
            {
                element.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }

    /// <summary>Whether the allow-list keeps an element of this name (lower case).</summary>
    public static bool AllowsTag(string name) => Options.AllowedTags.Contains(name);

    /// <summary>Whether the allow-list keeps an attribute of this name (lower case).</summary>
    public static bool AllowsAttribute(string name) => Options.AllowedAttributes.Contains(name);

    /// <summary>Whether the sanitizer reads this attribute's value as a URL and checks it.</summary>
    public static bool IsUrlAttribute(string name) => Options.UriAttributes.Contains(name);

    /// <summary>
    /// Whether the sanitizer lets this URL's scheme through, reading the scheme as it does: the text
    /// before the first colon (or a character reference to one) with no slash or '#' before it.
    /// </summary>
    public static bool AllowsScheme(string url)
    {
        var match = SanitizerScheme().Match(url.TrimStart());
        return !match.Success || UrlSafety.Schemes.Contains(match.Groups["scheme"].Value, StringComparer.OrdinalIgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<scheme>[^/#]*?)(?::|&#0*58|&#x0*3a)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SanitizerScheme();

    private static HtmlSanitizerOptions BuildOptions()
    {
        var defaults = new HtmlSanitizer();
        var tags = new HashSet<string>(defaults.AllowedTags, StringComparer.OrdinalIgnoreCase) { "input" };
        foreach (var risky in new[] { "form", "button", "select", "option", "textarea", "style", "font" })
        {
            tags.Remove(risky);
        }

        var attributes = new HashSet<string>(defaults.AllowedAttributes, StringComparer.OrdinalIgnoreCase)
        {
            "id", "class", "checked", "disabled", "type", "role", "aria-label", "aria-hidden", "loading",
        };
        attributes.Remove("style");

        return new HtmlSanitizerOptions
        {
            AllowedTags = tags,
            AllowedAttributes = attributes,
            AllowedSchemes = new HashSet<string>(UrlSafety.Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(defaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
    }
}
