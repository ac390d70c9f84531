using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Counts the words similarity compares, after lunr's pipeline (stop words out, stems in), each counted
/// as many times as its part weighs. Safe from several threads at once: the stem cache is the only state
/// it shares, and it is what makes counting cheap (most words of a knowledge base were stemmed before).
/// </summary>
public sealed class TermCounter
{
    /// <summary>Each word met, its term (null when it is not counted) and its surface, shared by every text that uses it.</summary>
    /// <remarks>Striped over many locks (see <see cref="SharedCache"/>): every core adds to it at once.</remarks>
    private readonly ConcurrentDictionary<string, Word> _words = SharedCache.Create<Word>();

    private sealed record Word(string? Term, string Surface);

    /// <summary>A line break separates words, so counting the parts one after the other counts their joined text.</summary>
    public TermCounts Count(IReadOnlyList<WeightedText> parts)
    {
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = ImmutableArray.CreateBuilder<string>();
        var counts = new List<int>();
        var surfaces = ImmutableArray.CreateBuilder<string>();
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var part in parts)
        {
            foreach (var token in LunrTokenizer.Tokens(part.Text))
            {
                // Most words were met before: looked up by their characters, they cost no string.
                if (!words.TryGetValue(token, out var word))
                {
                    word = _words.GetOrAdd(token.ToString(), Analyse);
                }

                if (word.Term is null)
                {
                    continue;
                }

                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(at, word.Term, out var seen);
                if (seen)
                {
                    counts[index] += part.Weight;
                    continue;
                }

                index = terms.Count;
                terms.Add(word.Term);
                counts.Add(part.Weight);
                surfaces.Add(word.Surface);
            }
        }

        return new TermCounts(terms.DrainToImmutable(), [.. counts], surfaces.DrainToImmutable());
    }

    private static Word Analyse(string token)
    {
        var trimmed = LunrTrimmer.Trim(token);
        var counted = trimmed.Length >= 3 && !LunrStopWords.IsStopWord(trimmed) && trimmed.Any(char.IsLetter);
        return new Word(counted ? LunrStemmer.Stem(trimmed) : null, trimmed);
    }
}
