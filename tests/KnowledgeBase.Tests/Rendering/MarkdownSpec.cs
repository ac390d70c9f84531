using System.Text.RegularExpressions;

namespace KnowledgeBase.Tests.Rendering;

/// <summary>
/// One case of a spec file (Rendering/Specs/*.md): a name (the <c>##</c> heading), a Markdown body (the
/// <c>~~~markdown</c> block) and the expectation lines after it. See the head of sanitizing.md for the format.
/// </summary>
public sealed record MarkdownSpec(string File, string Name, string Markdown, IReadOnlyList<string> Expectations)
{
    public static IReadOnlyList<MarkdownSpec> Load(string fileName)
    {
        var path = Support.RepoPaths.TestSource("Rendering", "Specs", fileName);
        var specs = new List<MarkdownSpec>();
        string? name = null;
        List<string>? body = null;
        var inBlock = false;
        var expectations = new List<string>();

        void Flush()
        {
            if (name is not null)
            {
                if (body is null)
                {
                    throw new InvalidOperationException($"{fileName}: case '{name}' has no ~~~markdown block");
                }

                specs.Add(new MarkdownSpec(fileName, name, string.Join('\n', body) + "\n", [.. expectations]));
            }
        }

        foreach (var line in System.IO.File.ReadAllLines(path))
        {
            if (inBlock)
            {
                if (line == "~~~")
                {
                    inBlock = false;
                }
                else
                {
                    body!.Add(line);
                }
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                name = line[3..].Trim();
                body = null;
                expectations = [];
            }
            else if (name is not null && line == "~~~markdown")
            {
                inBlock = true;
                body = [];
            }
            else if (name is not null && line.StartsWith("- ", StringComparison.Ordinal))
            {
                expectations.Add(line[2..].Trim());
            }
        }

        Flush();
        return specs;
    }

    public override string ToString() => Name;
}

/// <summary>The expectation lines of a spec, parsed.</summary>
internal static partial class SpecExpectation
{
    [GeneratedRegex(@"^(absent|present) `(?<selector>[^`]+)`$")]
    public static partial Regex Presence();

    [GeneratedRegex(@"^count `(?<selector>[^`]+)` (?<count>\d+)$")]
    public static partial Regex Count();

    [GeneratedRegex(@"^text `(?<selector>[^`]+)` `(?<text>[^`]*)`$")]
    public static partial Regex Text();

    [GeneratedRegex(@"^no-scheme `(?<scheme>[a-z]+)`$")]
    public static partial Regex NoScheme();

    [GeneratedRegex(@"^diagnostic (?<code>KB\d{4}) at (?<line>\d+):(?<column>\d+)$")]
    public static partial Regex Diagnostic();
}
