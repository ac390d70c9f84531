namespace KnowledgeBase.Theming.Maps;

/// <summary>Wraps a box's text into lines at word breaks, cutting it off with an ellipsis past the last line.</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, int maxChars, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // A word longer than a line (a URL, an identifier) is cut across lines.
            var rest = word;
            while (rest.Length > 0)
            {
                var candidate = line.Length == 0 ? rest : line + " " + rest;
                if (candidate.Length <= maxChars)
                {
                    line = candidate;
                    rest = "";
                }
                else if (line.Length == 0)
                {
                    lines.Add(rest[..maxChars]);
                    rest = rest[maxChars..];
                }
                else
                {
                    lines.Add(line);
                    line = "";
                }

                if (lines.Count == maxLines)
                {
                    lines[^1] = Ellipsis(lines[^1], maxChars);
                    return lines;
                }
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string Ellipsis(string line, int maxChars) =>
        (line.Length >= maxChars ? line[..(maxChars - 1)] : line).TrimEnd(' ', ',', ';', ':', '.') + "…";
}
