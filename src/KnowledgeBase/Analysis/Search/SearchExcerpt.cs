using System.Collections.Immutable;
using System.Text;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// The body text a search result may show under its title, chosen when the site is built: a few of the
/// sentences of the body's first <see cref="ReadCharacters"/> characters, together at most <see cref="Characters"/> long, picked one by one for the words
/// they add that neither the title, the summary nor a sentence already picked has (as lunr's terms:
/// lower-cased, stop words left out, stemmed), so that as many of the incident's words as fit have a
/// sentence to show them in. They keep the body's order. The search page shows the sentence with most
/// of the query's words and marks them (search.js), which needs no positions in the index and costs
/// the display chunks a few hundred characters per incident whatever the query.
/// </summary>
public static class SearchExcerpt
{
    /// <summary>Characters of body text kept per incident, all sentences together.</summary>
    public const int Characters = 360;

    /// <summary>A longer sentence is cut at a word before this many characters, and ends with "…".</summary>
    public const int SentenceCharacters = 180;

    /// <summary>
    /// Characters of the body read for sentences: analysing a sentence costs about what indexing its
    /// words did, so a long body's later pages (on the bench's generated corpus, 2,000 words an incident)
    /// would nearly double the search stage for sentences that are seldom picked.
    /// </summary>
    public const int ReadCharacters = 6000;

    /// <param name="words">The document's remembered words (those its indexing read); by default the pipeline's own, afresh.</param>
    public static ImmutableArray<string> Of(string bodyText, string shownText, LunrWordMemo? words = null)
    {
        Func<string, HashSet<string>> termsOf = words is null ? Terms : words.TermsOf;
        var covered = termsOf(shownText);
        // Most words first: a sentence can add no more words than it has, so the search for the best
        // stops at the first that has fewer than the best adds (a long body has hundreds of sentences).
        var candidates = Sentences(Beginning(bodyText))
            .Select((text, n) => (N: n, Text: text, Terms: termsOf(text).ToArray()))
            .Where(c => c.Terms.Length > 0 && c.Text.Length <= Characters)
            .OrderByDescending(c => c.Terms.Length).ThenBy(c => c.N)
            .ToList();
        var chosen = new List<(int N, string Text)>();
        var left = Characters;
        while (true)
        {
            var best = -1;
            var bestGain = 0;
            foreach (var (i, candidate) in candidates.Index())
            {
                if (candidate.Terms.Length < bestGain)
                {
                    break;
                }

                if (candidate.Text.Length > left)
                {
                    continue;
                }

                var gain = 0;
                foreach (var term in candidate.Terms)
                {
                    gain += covered.Contains(term) ? 0 : 1;
                }

                // Equal gains go to the earlier sentence, whatever the length order put first.
                if (gain > bestGain || (gain == bestGain && gain > 0 && candidate.N < candidates[best].N))
                {
                    (best, bestGain) = (i, gain);
                }
            }

            if (best < 0)
            {
                break;
            }

            var pick = candidates[best];
            candidates.RemoveAt(best);
            chosen.Add((pick.N, pick.Text));
            covered.UnionWith(pick.Terms);
            left -= pick.Text.Length;
        }

        return [.. chosen.OrderBy(c => c.N).Select(c => c.Text)];
    }

    /// <summary>The body's first <see cref="ReadCharacters"/> characters, cut between words where it can be.</summary>
    private static string Beginning(string text)
    {
        if (text.Length <= ReadCharacters)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ReadCharacters);
        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(text[ReadCharacters - 1]) ? ReadCharacters - 1 : ReadCharacters;
        }

        return text[..cut];
    }

    /// <summary>The text's sentences, white space collapsed, each cut to <see cref="SentenceCharacters"/>.</summary>
    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && current[^1] != ' ')
                {
                    current.Append(' ');
                }

                continue;
            }

            current.Append(c);
            // A sentence ends at . ! or ? before white space and a capital, a digit or an opening mark.
            if (c is '.' or '!' or '?' && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                var next = text.AsSpan(i + 1).TrimStart();
                if (next.Length > 0 && (char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '"' or '“' or '(' or '['))
                {
                    Add(sentences, current);
                }
            }
        }

        Add(sentences, current);
        return sentences;
    }

    private static void Add(List<string> sentences, StringBuilder current)
    {
        var sentence = current.ToString().Trim();
        current.Clear();
        if (sentence.Length == 0)
        {
            return;
        }

        if (sentence.Length > SentenceCharacters)
        {
            var cut = sentence.LastIndexOf(' ', SentenceCharacters - 1);
            var end = cut > SentenceCharacters / 2 ? cut : SentenceCharacters - 1;
            if (char.IsHighSurrogate(sentence[end - 1]))
            {
                end--;
            }

            sentence = sentence[..end].TrimEnd() + "…";
        }

        sentences.Add(sentence);
    }

    private static HashSet<string> Terms(string text) =>
        new(LunrIndexBuilder.IndexPipeline(LunrTokenizer.Tokenize(text)).Where(t => t.Length > 0), StringComparer.Ordinal);
}
