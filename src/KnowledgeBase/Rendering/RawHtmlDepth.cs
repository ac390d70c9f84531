namespace KnowledgeBase.Rendering;

/// <summary>
/// How deeply the raw HTML tags of a body nest, found with one linear scan of its text. An HTML parser
/// takes time that grows with the square of the nesting (80,000 nested <c>&lt;div&gt;</c> took minutes),
/// so a body nested past any sensible document is refused before it reaches one.
/// </summary>
public static class RawHtmlDepth
{
    /// <summary>Deeper than any real page nests; far below what makes a parser slow.</summary>
    public const int Limit = 256;

    /// <summary>
    /// Elements that open no level: void ones, which hold nothing, and p and li, whose end tags are
    /// optional (an unclosed paragraph would otherwise count as nesting).
    /// </summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    };

    /// <returns>The offset of the first tag that opens a level past <paramref name="limit"/>, or null.</returns>
    public static int? FirstBeyond(string text, int limit = Limit)
    {
        var depth = 0;
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            var closing = text[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            if (end == start || (!closing && !char.IsAsciiLetter(text[start])))
            {
                continue;
            }

            var name = text[start..end];
            var close = text.IndexOf('>', end);
            if (close < 0)
            {
                break;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - (VoidElements.Contains(name) ? 0 : 1));
            }
            else if (!VoidElements.Contains(name) && text[close - 1] != '/' && ++depth > limit)
            {
                return i;
            }

            i = close;
        }

        return null;
    }
}
