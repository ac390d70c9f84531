namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// One document's tokens, remembered as the document is read, in front of the shared
/// <see cref="LunrWordCache"/>. A body's 2,000 words are some 800 distinct tokens, read again for
/// search, its excerpt and similarity: a small table that stays in the processor's cache answers most
/// of them, where a lookup in the shared one (hundreds of thousands of words on a long-tailed archive)
/// waits on memory. Not safe from several threads at once.
/// </summary>
public sealed class LunrWordMemo(LunrWordCache shared)
{
    private readonly Dictionary<string, LunrWord> _seen = new(StringComparer.Ordinal);

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
}
