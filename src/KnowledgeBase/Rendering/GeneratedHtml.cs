using System.Buffers;
using System.Net;
using System.Text;

namespace KnowledgeBase.Rendering;

/// <summary>
/// Markdig's own HTML for a body in which the author wrote no raw HTML, read in one pass and written
/// out as the sanitizer would write it, with the page's additions (a focusable scrolling region, a
/// labelled task checkbox), together with the body's plain text and its top-level blocks.
/// </summary>
/// <remarks>
/// Such HTML holds nothing the sanitizer would remove: every text run is escaped by Markdig and every
/// URL has been checked by <see cref="LinkRewriter"/>. Parsing it into a tree, walking the tree and
/// writing it out again was about half of the rendering stage's allocation and time. So this reads
/// only the markup Markdig is known to write — well nested, double-quoted attributes, tags and
/// attributes on the sanitizer's allow-list, URLs the sanitizer's hook keeps as written — and answers
/// null for anything else, which then goes through the sanitizer as before. The result is the same
/// bytes the sanitizer path gives (a test holds the two paths equal on the real corpora).
/// </remarks>
public static class GeneratedHtml
{
    /// <summary>A top-level element of the body: its tag name and its text content.</summary>
    public sealed record Block(string Name, string Text);

    /// <summary>The body as the page carries it, its words for search and similarity, and its top-level blocks.</summary>
    public sealed record Read(string Html, string Text, IReadOnlyList<Block> Blocks);

    /// <summary>
    /// The elements Markdig writes with this knowledge base's extensions, less <c>h1</c> (the page's title
    /// is its only one). Each is on the sanitizer's allow-list (a test holds them to it); they are listed
    /// here so that a site whose authors wrote no HTML never builds that list.
    /// </summary>
    public static IReadOnlySet<string> Elements { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "del",
        "a", "img", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "input", "div", "sup",
    };

    /// <summary>The attributes Markdig writes on them (each on the allow-list too), and which of them hold a URL.</summary>
    public static IReadOnlySet<string> Attributes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "class", "href", "src", "alt", "title", "start", "checked", "disabled", "type",
    };

    /// <inheritdoc cref="Attributes"/>
    public static IReadOnlySet<string> UrlAttributes { get; } = new HashSet<string>(StringComparer.Ordinal) { "href", "src" };

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "hr", "img", "input" };

    /// <summary>
    /// The characters the sanitizer's formatter escapes in text, and in attribute values: there
    /// <c>&lt;</c> and <c>&gt;</c> too, so a value stays inert if the page is ever read in a raw-text context.
    /// </summary>
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\u00A0");

    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&\"<>\u00A0");

    /// <summary>Elements the HTML parser would close or move when they open inside a paragraph.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "p", "div", "ul", "ol", "li", "pre", "table", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <param name="html">Markdig's HTML for a body without raw HTML.</param>
    /// <param name="keepsUrl">Whether the sanitizer's URL hook keeps a URL as written, without a finding.</param>
    /// <returns>The page's body, or null when the HTML holds anything but the markup described above.</returns>
    public static Read? TryRead(string html, Func<string, bool> keepsUrl)
    {
        // A carriage return (from &#13;) is a line feed once the HTML parser has read it: left to that path.
        if (html.Contains('\r'))
        {
            return null;
        }

        var output = new StringBuilder(html.Length + html.Length / 16);
        var text = new StringBuilder(html.Length / 2);
        var blocks = new List<Block>();
        var open = new Stack<string>();
        var blockText = new StringBuilder();
        var attributes = new List<(string Name, string Value)>();
        var anchors = 0;
        var paragraphs = 0;
        var at = 0;
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            var end = lt < 0 ? html.Length : lt;
            if (end > at)
            {
                var run = Decode(html.AsSpan(at, end - at));
                AppendEscaped(output, run, TextSpecials);
                text.Append(run);
                if (open.Count > 0)
                {
                    blockText.Append(run);
                }
            }

            if (lt < 0)
            {
                break;
            }

            var gt = html.IndexOf('>', lt);
            if (gt < 0)
            {
                return null;
            }

            at = gt + 1;
            text.Append(' ');
            if (html[lt + 1] == '/')
            {
                var closing = html.AsSpan(lt + 2, gt - lt - 2);
                if (open.Count == 0 || !closing.SequenceEqual(open.Peek()))
                {
                    return null;
                }

                var name = open.Pop();
                anchors -= name == "a" ? 1 : 0;
                paragraphs -= name == "p" ? 1 : 0;
                output.Append("</").Append(name).Append('>');
                if (open.Count == 0)
                {
                    blocks.Add(new Block(name, blockText.ToString()));
                    blockText.Clear();
                }

                continue;
            }

            if (ReadStartTag(html.AsSpan(lt + 1, gt - lt - 1), attributes) is not { } tag
                || !Allowed(tag, attributes, keepsUrl)
                || (tag == "a" && anchors > 0)
                || (paragraphs > 0 && ClosesParagraph.Contains(tag)))
            {
                return null;
            }

            WriteStartTag(output, tag, attributes);
            if (VoidElements.Contains(tag))
            {
                if (open.Count == 0)
                {
                    blocks.Add(new Block(tag, ""));
                }

                continue;
            }

            open.Push(tag);
            anchors += tag == "a" ? 1 : 0;
            paragraphs += tag == "p" ? 1 : 0;
        }

        return open.Count == 0 ? new Read(output.ToString(), text.ToString(), blocks) : null;
    }

    /// <summary>
    /// Reads <c>name attr="value" ... [/]</c>: the tag's name, with its attributes (values decoded) in
    /// <paramref name="attributes"/>; null for any other shape.
    /// </summary>
    private static string? ReadStartTag(ReadOnlySpan<char> tag, List<(string Name, string Value)> attributes)
    {
        attributes.Clear();
        if (tag.EndsWith("/"))
        {
            tag = tag[..^1].TrimEnd(' ');
        }

        var nameEnd = tag.IndexOf(' ');
        var name = nameEnd < 0 ? tag : tag[..nameEnd];
        if (name.IsEmpty || !IsLowerAsciiName(name))
        {
            return null;
        }

        var rest = nameEnd < 0 ? [] : tag[(nameEnd + 1)..];
        while (!rest.IsEmpty)
        {
            var equals = rest.IndexOf("=\"");
            if (equals <= 0 || !IsLowerAsciiName(rest[..equals]))
            {
                return null;
            }

            var valueStart = equals + 2;
            var quote = rest[valueStart..].IndexOf('"');
            if (quote < 0)
            {
                return null;
            }

            var attributeName = rest[..equals].ToString();
            if (attributes.Exists(a => a.Name == attributeName))
            {
                return null;
            }

            attributes.Add((attributeName, Decode(rest.Slice(valueStart, quote)).ToString()));
            rest = rest[(valueStart + quote + 1)..];
            if (!rest.IsEmpty)
            {
                if (rest[0] != ' ')
                {
                    return null;
                }

                rest = rest[1..];
            }
        }

        return name.ToString();
    }

    private static bool IsLowerAsciiName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return char.IsAsciiLetterLower(name[0]);
    }

    /// <summary>
    /// Whether the sanitizer would keep this element exactly as it is: allowed tag and attributes,
    /// URLs kept as written, no value the sanitizer drops, nothing its post-processing would replace.
    /// </summary>
    private static bool Allowed(string tag, List<(string Name, string Value)> attributes, Func<string, bool> keepsUrl)
    {
        if (!Elements.Contains(tag))
        {
            return false;
        }

        var hasSource = false;
        foreach (var (name, value) in attributes)
        {
            if (!Attributes.Contains(name)
                || value.Contains("&{", StringComparison.Ordinal)
                || (UrlAttributes.Contains(name) && !keepsUrl(value)))
            {
                return false;
            }

            hasSource |= name == "src";
        }

        return tag != "img" || hasSource;
    }

    /// <summary>Writes the start tag with what the page adds to it (as <see cref="PostmortemRenderer"/> does after sanitizing).</summary>
    private static void WriteStartTag(StringBuilder output, string tag, List<(string Name, string Value)> attributes)
    {
        output.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            WriteAttribute(output, name, value);
        }

        if (tag is "pre" or "table")
        {
            WriteAttribute(output, "tabindex", "0");
        }
        else if (tag == "input" && attributes.Exists(a => a.Name == "type" && a.Value.Equals("checkbox", StringComparison.OrdinalIgnoreCase)))
        {
            WriteAttribute(output, "aria-label", attributes.Exists(a => a.Name == "checked") ? "done" : "not done");
        }

        output.Append('>');
    }

    private static void WriteAttribute(StringBuilder output, string name, ReadOnlySpan<char> value)
    {
        output.Append(' ').Append(name).Append("=\"");
        AppendEscaped(output, value, AttributeSpecials);
        output.Append('"');
    }

    private static void AppendEscaped(StringBuilder output, ReadOnlySpan<char> run, SearchValues<char> specials)
    {
        while (!run.IsEmpty)
        {
            var next = run.IndexOfAny(specials);
            if (next < 0)
            {
                output.Append(run);
                return;
            }

            output.Append(run[..next]).Append(run[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&nbsp;",
            });
            run = run[(next + 1)..];
        }
    }

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<char> escaped) =>
        escaped.Contains('&') ? WebUtility.HtmlDecode(escaped.ToString()) : escaped;
}
