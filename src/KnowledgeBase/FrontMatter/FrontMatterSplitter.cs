using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.FrontMatter;

/// <summary>
/// Finds the front-matter block: a first line <c>---</c>, then YAML, then a line <c>---</c> (or <c>...</c>).
/// Expects text already decoded, without BOM, with <c>\n</c> line ends.
/// </summary>
public static class FrontMatterSplitter
{
    public static FrontMatterBlock? Split(string text, string path, DiagnosticBag diagnostics)
    {
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (!IsFence(firstLine, allowDots: false))
        {
            diagnostics.Error(path, SourcePosition.Start, DiagnosticCodes.MissingFrontMatter,
                "missing front-matter: a postmortem starts with a line '---', its YAML fields (at least 'title'), and another '---'");
            return null;
        }

        var lineNumber = 2;
        var lineStart = firstEnd + 1;
        while (firstEnd >= 0 && lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (IsFence(line, allowDots: true))
            {
                var yaml = text[(firstEnd + 1)..lineStart];
                var body = lineEnd < 0 ? "" : text[(lineEnd + 1)..];
                return new FrontMatterBlock(yaml, 2, body, lineNumber + 1);
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
            lineNumber++;
        }

        diagnostics.Error(path, SourcePosition.Start, DiagnosticCodes.UnterminatedFrontMatter,
            "unterminated front-matter: the '---' on line 1 has no closing '---' line");
        return null;
    }

    private static bool IsFence(string line, bool allowDots)
    {
        var trimmed = line.TrimEnd(' ', '\t');
        return trimmed == "---" || (allowDots && trimmed == "...");
    }
}
