using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>What an incident's page lists as similar, group by group (<see cref="ShownSimilar"/>), and its possible duplicates.</summary>
public sealed record PageSimilar(
    ImmutableArray<SimilarIncident> Earlier,
    ImmutableArray<SimilarIncident> Later,
    ImmutableArray<SimilarIncident> Undated,
    ImmutableArray<PossibleDuplicate> Duplicates)
{
    public static PageSimilar Empty { get; } = new([], [], [], []);
}
