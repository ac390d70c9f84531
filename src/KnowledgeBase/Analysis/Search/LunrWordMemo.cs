using System.Runtime.InteropServices;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// Tokens remembered as documents are read, in front of the shared <see cref="LunrWordCache"/>. A body's
/// 2,000 words are some 800 distinct tokens, read again for search, its excerpt and similarity: a small
/// table that stays in the processor's cache answers most of them, where a lookup in the shared one
/// (hundreds of thousands of words on a long-tailed archive) waits on memory. A memo may serve one
/// document after another (<see cref="EndDocument"/>): a knowledge base's common words are then found
/// here from its first documents on. Not safe from several threads at once.
/// </summary>
public sealed class LunrWordMemo(LunrWordCache shared)
{
    /// <summary>How the words this memo gives are numbered (see <see cref="LunrWord.Number"/>).</summary>
    public TermNumbering Numbering => shared.Numbering;

    private readonly Dictionary<string, LunrWord> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tally = new(StringComparer.Ordinal);

    /// <summary>The longest text <see cref="WordsOf(string)"/> read in this document, its words and where each starts; none at first.</summary>
    private (string? Text, List<LunrWord>? Words, List<int>? Starts) _longest;

    /// <summary>The word for a token (see <see cref="LunrWordCache.Of"/>).</summary>
    public LunrWord Of(ReadOnlySpan<char> token)
    {
        var seen = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!seen.TryGetValue(token, out var word))
        {
            word = shared.Of(token);
            // Keyed by the shared word's own token: remembering costs no string.
            _seen[word.Token] = word;
        }

        return word;
    }

    /// <summary>
    /// The words of <paramref name="text"/>'s tokens, in order. The longest text read so far in the
    /// document is remembered, so a body that search indexes and similarity then counts is cut into
    /// words once; any other text is read afresh.
    /// </summary>
    public ReadOnlySpan<LunrWord> WordsOf(string text) => WordsOf(text, out _);

    /// <summary>
    /// As <see cref="WordsOf(string)"/>, with where each word's token starts in the lower-cased text (in
    /// <paramref name="text"/> itself unless it needed full case mapping, see <see cref="LunrText.NeedsFullCaseMapping"/>).
    /// </summary>
    public ReadOnlySpan<LunrWord> WordsOf(string text, out ReadOnlySpan<int> starts)
    {
        if (!ReferenceEquals(text, _longest.Text))
        {
            // About a token per eight characters of prose: room for most texts' words without growing.
            var words = new List<LunrWord>((text.Length / 8) + 4);
            var at = new List<int>(words.Capacity);
            // Walked by hand: foreach would walk a copy, whose Start this one would not see.
            var tokens = LunrTokenizer.Tokens(text);
            try
            {
                while (tokens.MoveNext())
                {
                    words.Add(Of(tokens.Current));
                    at.Add(tokens.Start);
                }
            }
            finally
            {
                tokens.Dispose();
            }

            if (text.Length < (_longest.Text?.Length ?? 0))
            {
                starts = CollectionsMarshal.AsSpan(at);
                return CollectionsMarshal.AsSpan(words);
            }

            _longest = (text, words, at);
        }

        starts = CollectionsMarshal.AsSpan(_longest.Starts!);
        return CollectionsMarshal.AsSpan(_longest.Words!);
    }

    /// <summary>
    /// An empty table for tallying a text's terms, the same table each time it is asked for: a body's
    /// thousand terms counted into a table that grew for an earlier text cost no growing again (at
    /// 10,000 long-tailed postmortems, about a gigabyte of short-lived tables less). One tally at a time: asking
    /// again empties it.
    /// </summary>
    public Dictionary<string, int> Tally()
    {
        _tally.Clear();
        return _tally;
    }

    /// <summary>The distinct terms lunr's index pipeline gives for a text, stop words and empty terms left out.</summary>
    public HashSet<string> TermsOf(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in LunrTokenizer.Tokens(text))
        {
            if (Of(token).Term is { Length: > 0 } term)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>
    /// Ends a document: its texts are let go, and its tokens are kept for the next document unless the
    /// memo has grown past <paramref name="keptTokens"/> (a long-tailed archive's rare words would grow it
    /// without end, and a large table no longer stays in the processor's cache).
    /// </summary>
    public void EndDocument(int keptTokens)
    {
        _longest = default;
        if (_seen.Count > keptTokens)
        {
            _seen.Clear();
        }
    }
}
