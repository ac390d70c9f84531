using System.Buffers;
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

    /// <summary>Where a run of a sentence's words stops: white space (as .NET tells it) and the marks that may end a sentence.</summary>
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || c is '.' or '!' or '?')]);

    /// <summary>The characters white space to .NET (which collapses it in sentences) but not to lunr's tokenizer, or the reverse.</summary>
    private static readonly SearchValues<char> WhiteSpaceOnOneSide = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) != LunrText.IsJsWhitespace(c))]);

    /// <param name="words">The document's remembered words (those its indexing read); by default the pipeline's own, afresh.</param>
    public static ImmutableArray<string> Of(string bodyText, string shownText, LunrWordMemo? words = null)
    {
        var covered = TermsReader(words)(shownText);
        // Most words first: a sentence can add no more words than it has, so the search for the best
        // stops at the first that has fewer than the best adds (a long body has hundreds of sentences).
        var candidates = SentencesOf(bodyText, words)
            .Select((sentence, n) => (N: n, sentence.Text, sentence.Terms))
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

    /// <summary>The sentences of the body's beginning, each with its distinct terms (in no particular order).</summary>
    /// <param name="words">The document's remembered words, as for <see cref="Of"/>.</param>
    internal static IEnumerable<(string Text, string[] Terms)> SentencesOf(string bodyText, LunrWordMemo? words)
    {
        var beginning = Beginning(bodyText);
        var sentences = Sentences(beginning);
        var terms = TermsOf(sentences, bodyText, beginning.Length, words);
        return sentences.Select((sentence, n) => (sentence.Text, terms[n]));
    }

    /// <summary>A sentence of the body as shown, and the span of the body it was read from.</summary>
    /// <param name="Cut">Whether it was cut to <see cref="SentenceCharacters"/> (its text then ends with "…").</param>
    private readonly record struct Sentence(string Text, int Start, int End, bool Cut);

    /// <summary>The text's sentences, white space collapsed, each cut to <see cref="SentenceCharacters"/>.</summary>
    private static List<Sentence> Sentences(string text)
    {
        var sentences = new List<Sentence>();
        var current = new StringBuilder();
        var endsWithSpace = false;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Words are copied a run at a time: only white space and . ! ? need a look.
            var run = text.AsSpan(i).IndexOfAny(SentenceBreaks);
            var runEnd = run < 0 ? text.Length : i + run;
            if (runEnd > i)
            {
                start = current.Length == 0 ? i : start;
                current.Append(text.AsSpan(i, runEnd - i));
                endsWithSpace = false;
            }

            if (run < 0)
            {
                break;
            }

            i = runEnd;
            var c = text[i++];
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && !endsWithSpace)
                {
                    current.Append(' ');
                    endsWithSpace = true;
                }

                continue;
            }

            start = current.Length == 0 ? i - 1 : start;
            current.Append(c);
            endsWithSpace = false;
            // A sentence ends at . ! or ? before white space and a capital, a digit or an opening mark.
            if (i + 1 < text.Length && char.IsWhiteSpace(text[i]))
            {
                var next = text.AsSpan(i).TrimStart();
                if (next.Length > 0 && (char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '"' or '“' or '(' or '['))
                {
                    Add(sentences, current, start, i);
                }
            }
        }

        Add(sentences, current, start, text.Length);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, StringBuilder current, int start, int end)
    {
        var sentence = current.ToString().Trim();
        current.Clear();
        if (sentence.Length == 0)
        {
            return;
        }

        if (sentence.Length <= SentenceCharacters)
        {
            sentences.Add(new Sentence(sentence, start, end, Cut: false));
            return;
        }

        var cut = sentence.LastIndexOf(' ', SentenceCharacters - 1);
        var at = cut > SentenceCharacters / 2 ? cut : SentenceCharacters - 1;
        if (char.IsHighSurrogate(sentence[at - 1]))
        {
            at--;
        }

        sentences.Add(new Sentence(sentence[..at].TrimEnd() + "…", start, end, Cut: true));
    }

    /// <summary>
    /// The distinct terms of each sentence. With the document's memo they are read from the words its body
    /// was cut into for indexing, those whose token starts inside the sentence's span, instead of cutting
    /// every sentence into words again (a tenth of the per-document step on 10,000 long-tailed postmortems). The same terms, as
    /// long as the body and its sentences split into the same tokens: a body that needs full case
    /// mapping (its offsets move), a beginning cut inside a word, white space that lunr and .NET tell apart
    /// (U+0085, U+FEFF), and a sentence cut short are read from their text, as without a memo.
    /// </summary>
    private static string[][] TermsOf(List<Sentence> sentences, string bodyText, int read, LunrWordMemo? words)
    {
        var termsOf = TermsReader(words);
        var terms = new string[sentences.Count][];
        var sameTokens = words is not null
            && (read == bodyText.Length || bodyText[read] == ' ')
            && !LunrText.NeedsFullCaseMapping(bodyText)
            && !bodyText.AsSpan(0, read).ContainsAny(WhiteSpaceOnOneSide);
        ReadOnlySpan<int> starts = default;
        var body = sameTokens ? words!.WordsOf(bodyText, out starts) : default;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var w = 0;
        for (var n = 0; n < terms.Length; n++)
        {
            var sentence = sentences[n];
            if (!sameTokens || sentence.Cut)
            {
                terms[n] = [.. termsOf(sentence.Text)];
                continue;
            }

            while (w < starts.Length && starts[w] < sentence.Start)
            {
                w++;
            }

            distinct.Clear();
            for (; w < starts.Length && starts[w] < sentence.End; w++)
            {
                if (body[w].Term is { Length: > 0 } term)
                {
                    distinct.Add(term);
                }
            }

            terms[n] = [.. distinct];
        }

        return terms;
    }

    /// <summary>A text's distinct terms, read through the document's memo when there is one.</summary>
    private static Func<string, HashSet<string>> TermsReader(LunrWordMemo? words) => words is null ? Terms : words.TermsOf;

    private static HashSet<string> Terms(string text) =>
        new(LunrIndexBuilder.IndexPipeline(LunrTokenizer.Tokenize(text)).Where(t => t.Length > 0), StringComparer.Ordinal);
}
