namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// A text's terms (lunr's pipeline, short and stop words out) with their counts, and each term as the
/// text first wrote it, so reasons shown to readers say "failover", not the stem "failov".
/// </summary>
public sealed record TermCounts(Dictionary<string, int> Counts, Dictionary<string, string> Surfaces);
