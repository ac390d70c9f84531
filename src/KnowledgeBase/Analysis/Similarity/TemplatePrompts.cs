using System.Text.RegularExpressions;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// The prompts of the postmortem template (placeholder sentences such as "What happened and what it meant for
/// users, in two or three sentences."), which a fresh draft still carries. They are the template's words,
/// not the incident's: left in, every draft looks like every other draft. Headings stay (real postmortems
/// share them too, and their words weigh little); HTML comments go as well.
/// </summary>
public sealed partial class TemplatePrompts
{
    private readonly string[] _prompts;

    private TemplatePrompts(string[] prompts) => _prompts = prompts;

    public static TemplatePrompts None { get; } = new([]);

    /// <summary>The prompts of a template: each line of its body, as plain text, that is not a heading and has words.</summary>
    public static TemplatePrompts From(string template)
    {
        var body = FrontMatterBlock().Replace(template.Replace("\r\n", "\n", StringComparison.Ordinal), "", 1);
        var prompts = body.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => Normalize(Markdig.Markdown.ToPlainText(line)))
            .Where(prompt => prompt.Any(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(prompt => prompt.Length) // a longer prompt first, so a shorter one inside it cannot cut it
            .ThenBy(prompt => prompt, StringComparer.Ordinal)
            .ToArray();
        return new TemplatePrompts(prompts);
    }

    /// <summary>The text without the template's prompts and HTML comments (whitespace inside it counts as one space).</summary>
    public string Strip(string text)
    {
        if (text.Contains("<!--", StringComparison.Ordinal))
        {
            text = Comment().Replace(text, " ");
        }

        if (_prompts.Length == 0)
        {
            return text;
        }

        var flat = Normalize(text);
        foreach (var prompt in _prompts)
        {
            if (flat.Contains(prompt, StringComparison.Ordinal))
            {
                flat = flat.Replace(prompt, " ", StringComparison.Ordinal);
            }
        }

        return flat;
    }

    /// <summary>Runs of whitespace as one space, none at either end: how prompts and texts are compared.</summary>
    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatterBlock();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<!--.*?(-->|\z)", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
