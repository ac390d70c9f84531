using System.Text.RegularExpressions;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Rendering;

/// <summary>
/// KB4005: words that point at people instead of conditions. "Human error", "careless", "negligent",
/// "fault of" and blame always; "should have" and "failed to" only when a person is their subject
/// ("the probe failed to connect" describes a system). Quotes and code are left alone. Each finding
/// quotes its sentence and suggests a question about the system to ask instead.
/// </summary>
public static partial class BlamelessLanguageCheck
{
    [GeneratedRegex(@"\b(human error|operator error|careless(ness|ly)?|negligen(t|ce)|(fault of|(his|her|their) fault)|blam(e|ed|es|ing)\b(?!less)|(?<subject>(\w+\W+){0,3})(should( not|n't)? have|should've|failed to))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    private static readonly HashSet<string> PersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "you", "he", "she", "they", "someone", "somebody", "nobody", "engineer", "engineers", "operator", "operators",
        "developer", "developers", "admin", "admins", "administrator", "sre", "staff", "employee", "person", "people", "reviewer",
        "reviewers", "author", "on-call", "oncall", "responder", "responders", "us", "them", "him", "her",
    };

    public static void Check(MarkdownDocument document, Postmortem postmortem, DiagnosticBag diagnostics)
    {
        var names = postmortem.Authors.SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(n => n.Length > 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var literals = document.Descendants<LeafBlock>()
            .Where(block => block.Inline is not null && !InQuote(block))
            .SelectMany(block => block.Inline!.Descendants<LiteralInline>())
            .Where(literal => literal.Parent is not LinkInline);
        foreach (var literal in literals)
        {

            var text = literal.Content.ToString();
            foreach (Match match in Phrase().Matches(text))
            {
                var subject = match.Groups["subject"];
                if (subject.Success && match.Value.Length > subject.Length && !subject.Value.Split((char[])[' ', ',', ';', '(', '\t'], StringSplitOptions.RemoveEmptyEntries)
                        .Any(w => PersonWords.Contains(w.Trim('.', '\'', '"')) || names.Contains(w.Trim('.', '\'', '"'))))
                {
                    continue;
                }

                var phrase = match.Value[(subject.Success ? subject.Length : 0)..];
                var at = match.Index + (subject.Success ? subject.Length : 0);
                diagnostics.Report(postmortem.SourcePath, new SourcePosition(postmortem.BodyLine + literal.Line, literal.Column + at + 1),
                    DiagnosticCodes.BlamingLanguage,
                    $"\"{Sentence(text, at)}\" points at people, not conditions ('{phrase}'); ask instead: {Question(phrase)}");
            }
        }
    }

    private static bool InQuote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock)
            {
                return true;
            }
        }

        return false;
    }

    private static string Sentence(string text, int at)
    {
        var start = text.LastIndexOfAny(['.', '!', '?'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['.', '!', '?'], at);
        var sentence = text[start..(end < 0 ? text.Length : end + 1)].Trim();
        return sentence.Length <= 160 ? sentence : sentence[..157] + "...";
    }

    private static string Question(string phrase) => phrase.ToLowerInvariant() switch
    {
        var p when p.StartsWith("should", StringComparison.Ordinal) => "what made the expected action hard to see or to do at the time?",
        var p when p.StartsWith("failed", StringComparison.Ordinal) => "what in the system or the process made this step easy to miss?",
        var p when p.Contains("error", StringComparison.Ordinal) => "which conditions made this error likely, and what could have caught it?",
        var p when p.StartsWith("careless", StringComparison.Ordinal) || p.StartsWith("negligen", StringComparison.Ordinal) =>
            "what pressures, defaults or missing safeguards shaped this decision?",
        _ => "which conditions allowed this, rather than whose fault it was?",
    };
}
