using System.Buffers;
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
    /// <remarks>
    /// The subject of "should have" and "failed to" (up to three words before) is read by a look-behind
    /// once the phrase itself is there. Matching the subject first, as a group of the match, tried it before
    /// every word of the text and took a fifth of the rendering stage's time; it also hid a blame word
    /// among those three words ("the blamed probe failed to connect" gave nothing).
    /// </remarks>
    [GeneratedRegex(@"\b(human error|operator error|careless(ness|ly)?|negligen(t|ce)|(fault of|(his|her|their) fault)|blam(e|ed|es|ing)\b(?!less)|(?=should|failed)(?<=(?<subject>(\w+\W+){0,3}))(should( not|n't)? have|should've|failed to))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    private static readonly HashSet<string> PersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "you", "he", "she", "they", "someone", "somebody", "nobody", "engineer", "engineers", "operator", "operators",
        "developer", "developers", "admin", "admins", "administrator", "sre", "staff", "employee", "person", "people", "reviewer",
        "reviewers", "author", "on-call", "oncall", "responder", "responders", "us", "them", "him", "her",
    };

    /// <summary>
    /// Text each phrase of <see cref="Phrase"/> contains, as the phrase writes it. Most text has none of them,
    /// and looking for them costs far less than the phrase's search for a subject before every word. Whole
    /// phrases where a word alone is common: "error" and "failed" were in a quarter of the lines of a
    /// generated archive ("error rates rose", "failed over"), each then searched in full for nothing.
    /// </summary>
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["human error", "operator error", "careless", "negligen", "fault", "blam", "should", "failed to"], StringComparison.OrdinalIgnoreCase);

    public static void Check(MarkdownDocument document, Postmortem postmortem, DiagnosticBag diagnostics)
    {
        var names = postmortem.Authors.SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(n => n.Length > 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var literals = new List<LiteralInline>();
        CollectLiterals(document, literals);
        foreach (var literal in literals)
        {
            if (literal.Content.AsSpan().IndexOfAny(Cues) < 0)
            {
                continue;
            }

            var text = literal.Content.ToString();
            foreach (Match match in Phrase().Matches(text))
            {
                // "should have" and "failed to" blame only when a person is their subject.
                var subject = match.Groups["subject"];
                if (subject.Success && !subject.Value.Split((char[])[' ', ',', ';', '(', '\t'], StringSplitOptions.RemoveEmptyEntries)
                        .Any(w => PersonWords.Contains(w.Trim('.', '\'', '"')) || names.Contains(w.Trim('.', '\'', '"'))))
                {
                    continue;
                }

                var phrase = match.Value;
                var at = match.Index;
                diagnostics.Report(postmortem.SourcePath, new SourcePosition(postmortem.BodyLine + literal.Line, literal.Column + at + 1),
                    DiagnosticCodes.BlamingLanguage,
                    $"\"{Sentence(text, at)}\" points at people, not conditions ('{phrase}'); ask instead: {Question(phrase)}");
            }
        }
    }

    /// <summary>The text runs of every block outside quotes, in document order, except link texts.</summary>
    private static void CollectLiterals(ContainerBlock container, List<LiteralInline> literals)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case QuoteBlock:
                    break;
                case ContainerBlock inner:
                    CollectLiterals(inner, literals);
                    break;
                case LeafBlock { Inline: { } inline }:
                    CollectLiterals(inline, literals);
                    break;
            }
        }
    }

    private static void CollectLiterals(ContainerInline container, List<LiteralInline> literals)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal && container is not LinkInline)
            {
                literals.Add(literal);
            }
            else if (inline is ContainerInline inner)
            {
                CollectLiterals(inner, literals);
            }
        }
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
