using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, string?> _stems = new(StringComparer.Ordinal);

    /// <summary>A line break separates words, so counting the parts one after the other counts their joined text.</summary>
    public TermCounts Count(IReadOnlyList<WeightedText> parts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            Count(part.Text, part.Weight, counts, surfaces);
        }

        return new TermCounts(counts, surfaces);
    }

    private void Count(string text, int weight, Dictionary<string, int> counts, Dictionary<string, string> surfaces)
    {
        var stems = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in LunrTokenizer.Tokens(text))
        {
            // Most words were stemmed before: looked up by their characters, they cost no string.
            if (!stems.TryGetValue(token, out var term))
            {
                term = _stems.GetOrAdd(token.ToString(), Stem);
            }

            if (term is not null)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out var seen);
                count += weight;
                if (!seen)
                {
                    surfaces[term] = LunrTrimmer.Trim(token.ToString());
                }
            }
        }
    }

    private static string? Stem(string token)
    {
        var trimmed = LunrTrimmer.Trim(token);
        return trimmed.Length < 3 || LunrStopWords.IsStopWord(trimmed) || !trimmed.Any(char.IsLetter) ? null : LunrStemmer.Stem(trimmed);
    }
}
