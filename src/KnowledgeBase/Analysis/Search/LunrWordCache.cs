using System.Collections.Concurrent;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// Every token met so far through lunr's pipeline (<see cref="LunrWord"/>), shared by the threads that
/// analyse documents: a knowledge base repeats its words, and stemming is the costly step. A document
/// reads it through a <see cref="LunrWordMemo"/>, which asks it once per distinct token.
/// </summary>
public sealed class LunrWordCache
{
    /// <remarks>Striped over many locks (see <see cref="SharedCache"/>): every core adds to it at once.</remarks>
    private readonly ConcurrentDictionary<string, LunrWord> _words = SharedCache.Create<LunrWord>();

    /// <summary>Each word made here is numbered as it is made (a word made twice by threads at once wastes a number, harmlessly).</summary>
    public TermNumbering Numbering { get; } = new();

    /// <summary>The word for a token; looked up by its characters, a token met before costs no string.</summary>
    public LunrWord Of(ReadOnlySpan<char> token) =>
        _words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var word)
            ? word
            : _words.GetOrAdd(token.ToString(), static (token, numbering) => LunrWord.Of(token, numbering.Next()), Numbering);

    /// <summary>A memo for one document's tokens, read by one thread at a time.</summary>
    public LunrWordMemo Memo() => new(this);
}
