using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>An incident found similar to another, how much (0 to 1), and why, in words a reader can check.</summary>
/// <param name="Score">The ranking score: direct resemblance and resemblance through the closest matches (<see cref="NeighbourExpansion"/>).</param>
/// <param name="Linked">True when the authors linked the two (<c>related</c> or <c>repeat_of</c>, either way).</param>
public sealed record SimilarIncident(RenderedPostmortem Target, double Score, ImmutableArray<string> Reasons, bool Linked)
{
    /// <summary>
    /// How much the two resemble each other directly (shared keywords and wording, 0 to 1), without their
    /// neighbours: what repeats, links to add and duplicates are judged on.
    /// </summary>
    public double Direct { get; init; }

    /// <summary>How alike the two texts are alone (cosine of the wording, 0 to 1): what duplicates are judged on.</summary>
    public double Text { get; init; }

    /// <summary>
    /// Below the knowledge base's threshold (<see cref="SimilarityIndex.WeakThreshold"/>): still the best there is,
    /// but not much; pages leave it out and <c>kb similar</c> marks it.
    /// </summary>
    public bool Weak { get; init; }
}
