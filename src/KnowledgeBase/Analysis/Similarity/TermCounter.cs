using System.Collections.Immutable;
using System.Runtime.InteropServices;
using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Counts the words similarity compares, after lunr's pipeline (stop words out, stems in), each counted
/// as many times as its part weighs. Safe from several threads at once: the word cache is the only state
/// it shares, and it is what makes counting cheap (most words of a knowledge base were stemmed before).
/// </summary>
public sealed class TermCounter
{
    /// <summary>For texts counted on their own (a draft, a query); a build's documents are counted through the analyser's memo, which shares search's cache.</summary>
    private readonly LunrWordCache _words = new();

    /// <summary>A line break separates words, so counting the parts one after the other counts their joined text.</summary>
    public TermCounts Count(IReadOnlyList<WeightedText> parts) => Count(parts, _words.Memo());

    /// <summary>As <see cref="Count(IReadOnlyList{WeightedText})"/>, reading the tokens through a document's memo (one thread's).</summary>
    public static TermCounts Count(IReadOnlyList<WeightedText> parts, LunrWordMemo words)
    {
        var at = words.Tally();
        var terms = ImmutableArray.CreateBuilder<string>();
        var counts = new List<int>();
        var surfaces = ImmutableArray.CreateBuilder<string>();
        var numbers = ImmutableArray.CreateBuilder<int>();
        foreach (var part in parts)
        {
            foreach (var word in words.WordsOf(part.Text))
            {
                if (word.ComparedTerm is not { } term)
                {
                    continue;
                }

                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(at, term, out var seen);
                if (seen)
                {
                    counts[index] += part.Weight;
                    continue;
                }

                index = terms.Count;
                terms.Add(term);
                counts.Add(part.Weight);
                surfaces.Add(word.Surface);
                numbers.Add(word.Number);
            }
        }

        return new TermCounts(terms.DrainToImmutable(), [.. counts], surfaces.DrainToImmutable()) { Numbers = numbers.DrainToImmutable(), Numbering = words.Numbering };
    }
}
