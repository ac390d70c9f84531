using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// A text's terms (lunr's pipeline, short and stop words out) with their counts, and each term as the
/// text first wrote it, so reasons shown to readers say "failover", not the stem "failov"; three arrays
/// of one length, in the order the text first used each term.
/// </summary>
/// <remarks>
/// Arrays, not dictionaries: a build holds every incident's counts at once, and at 10,000 long-tailed
/// postmortems two dictionaries each took some 0.6 GB more than these.
/// </remarks>
public sealed record TermCounts(ImmutableArray<string> Terms, ImmutableArray<int> Counts, ImmutableArray<string> Surfaces)
{
    /// <summary>Each term's number in <see cref="Numbering"/> (one per term, in the same order); empty when the terms are not numbered.</summary>
    public ImmutableArray<int> Numbers { get; init; } = [];

    /// <summary>What <see cref="Numbers"/> are numbers in; null when the terms are not numbered.</summary>
    public TermNumbering? Numbering { get; init; }

    /// <summary>The number of the term at <paramref name="index"/>; -1 when the terms are not numbered.</summary>
    public int NumberAt(int index) => Numbers.Length == Terms.Length ? Numbers[index] : -1;

    /// <summary>How many times <paramref name="term"/> was counted (0 when never).</summary>
    public int CountOf(string term) => Terms.IndexOf(term, StringComparer.Ordinal) is var at and >= 0 ? Counts[at] : 0;
}
