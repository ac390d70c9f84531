namespace KnowledgeBase.Rendering;

/// <summary>
/// Where a body's Markdown containers nest deepest: the line to point at when the parser refuses the
/// nesting, rather than the body's first line. Containers are counted as a reader sees them at the start
/// of a line: quote markers (<c>&gt;</c>) and list markers (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>).
/// </summary>
public static class MarkdownNesting
{
    /// <returns>The 0-based line of the body whose line start nests deepest, the first such; 0 when none nests.</returns>
    public static int DeepestLine(string body)
    {
        var (deepest, depthThere, line) = (0, 0, 0);
        foreach (var text in body.AsSpan().EnumerateLines())
        {
            var depth = Depth(text);
            if (depth > depthThere)
            {
                (deepest, depthThere) = (line, depth);
            }

            line++;
        }

        return deepest;
    }

    private static int Depth(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
            else if (i + 1 < line.Length && line[i] is '-' or '*' or '+' && line[i + 1] is ' ' or '\t')
            {
                i += 2;
            }
            else if (OrderedMarker(line[i..]) is > 0 and var length)
            {
                i += length;
            }
            else
            {
                return depth;
            }

            depth++;
        }
    }

    /// <summary>The length of an ordered list marker with its space ("12. "), or 0.</summary>
    private static int OrderedMarker(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < rest.Length && rest[digits] is '.' or ')' && rest[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
