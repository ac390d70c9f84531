using System.Text.RegularExpressions;

namespace KnowledgeBase.FrontMatter;

/// <summary>
/// The first level-one heading (<c># Title</c>) of a Markdown body, as plain text: what a postmortem
/// written without a <c>title</c> field is called by its own author. Headings inside fenced code are not
/// headings.
/// </summary>
public static partial class BodyHeading
{
    public static string? First(string body)
    {
        string? fence = null;
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart(' ');
            if (line.Length - trimmed.Length > 3)
            {
                continue;
            }

            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                var marker = trimmed[..3].ToString();
                fence = fence is null ? marker : fence == marker ? null : fence;
                continue;
            }

            if (fence is null && Heading().Match(trimmed.ToString()) is { Success: true } match)
            {
                var text = Plain(match.Groups["text"].Value);
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>The heading's text without the Markdown of links, emphasis and code around its words.</summary>
    private static string Plain(string markdown)
    {
        var text = Link().Replace(markdown, "${text}");
        return Markup().Replace(text, "").Trim();
    }

    /// <summary>An ATX heading of level one; a closing run of '#' is not part of its text.</summary>
    [GeneratedRegex(@"^#[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    // An underscore inside a word (snake_case) is part of it; around a word it is emphasis.
    [GeneratedRegex(@"[*`]+|(?<!\w)_+|_+(?!\w)")]
    private static partial Regex Markup();
}
