using System.Text.RegularExpressions;

namespace KnowledgeBase.Rendering;

/// <summary>
/// An element whose content an HTML parser reads as plain text up to its end tag (<c>textarea</c>,
/// <c>xmp</c>, <c>title</c>, <c>script</c>...) swallows the rest of the document when the end tag is
/// missing, and the sanitizer then drops it whole: the rest of the analysis would vanish without a word.
/// Such an opening tag is written as text instead, and the author told where it is. The rendered HTML is
/// scanned rather than the Markdown, as tags in code were already escaped there.
/// </summary>
public static partial class UnclosedRawText
{
    /// <summary>The opening tags of the HTML that have no end tag after them, in order.</summary>
    public static IReadOnlyList<Match> Find(string html)
    {
        var unclosed = new List<Match>();
        foreach (Match open in Opening().Matches(html))
        {
            var name = open.Groups["name"].Value;
            if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase)
                || html.IndexOf("</" + name, open.Index + open.Length, StringComparison.OrdinalIgnoreCase) < 0)
            {
                unclosed.Add(open);
            }
        }

        return unclosed;
    }

    /// <summary>The HTML with each of those opening tags escaped, so the parser reads on.</summary>
    public static string Escape(string html, IReadOnlyList<Match> unclosed)
    {
        var result = html;
        foreach (var open in unclosed.Reverse())
        {
            result = result[..open.Index] + "&lt;" + result[(open.Index + 1)..];
        }

        return result;
    }

    [GeneratedRegex(@"<(?<name>textarea|xmp|plaintext|title|style|script|iframe|noembed|noframes|noscript)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}
