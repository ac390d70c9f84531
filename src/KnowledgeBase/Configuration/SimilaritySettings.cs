namespace KnowledgeBase.Configuration;

/// <summary>
/// How similarity is weighed, from <c>similarity:</c> in kb.yml. The defaults were chosen on the shared
/// corpus of public postmortems (bench/README.md shows how to measure them again).
/// </summary>
public sealed record SimilaritySettings
{
    /// <summary>How many similar incidents a page shows in each direction (earlier, later).</summary>
    public int Show { get; init; } = 5;

    /// <summary>
    /// Below this score a match is weak: pages leave it out, <c>kb similar</c> lists it marked as weak.
    /// Null (the default) calibrates it on the knowledge base itself (<see cref="WeakThreshold"/>): a fixed
    /// number suits neither short summaries nor long reports, whose scores run at different heights.
    /// </summary>
    public double? MinScore { get; init; }

    /// <summary>At or above this direct score an earlier incident whose fixes were all done makes this one a possible repeat.</summary>
    public double RepeatScore { get; init; } = 0.4;

    /// <summary>At or above this direct score, <c>kb check</c> asks the author to link the earlier incident.</summary>
    public double LinkScore { get; init; } = 0.4;

    /// <summary>Weight of each shared tag (of the incident or of its contributing factors).</summary>
    public double Tags { get; init; } = 1.0;

    public double Services { get; init; } = 0.7;

    /// <summary>Weight of shared contributing-factor categories: few values, so rarity weighting matters most here.</summary>
    public double Categories { get; init; } = 0.3;

    /// <summary>
    /// Weight of the keyword signal (tags, services, categories) in the combined score. Text says more on the
    /// shared corpora: see `similarity eval` in bench/README.md for the figures of every signal beside plain
    /// TF-IDF and BM25 on both labelled sets.
    /// </summary>
    public double Keywords { get; init; } = 0.2;

    /// <summary>Weight of the text signal (title, impact, summary, body) in the combined score.</summary>
    public double Text { get; init; } = 1.0;

    /// <summary>
    /// How much what the closest matches resemble counts beside what the incident itself resembles
    /// (<see cref="NeighbourExpansion"/>); 0 ranks by direct resemblance alone.
    /// </summary>
    public double Neighbours { get; init; } = 2.0;

    /// <summary>A keyword on more than this share of incidents says little and is ignored (Hugo's cardinality threshold).</summary>
    public double MaxKeywordShare { get; init; } = 0.5;

    /// <summary>
    /// At or above this direct text score (cosine of the wording), or with the same title, two postmortems
    /// are possible duplicates: the same incident filed twice.
    /// </summary>
    public double DuplicateScore { get; init; } = 0.9;

    public static SimilaritySettings Default { get; } = new();
}
