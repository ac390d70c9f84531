using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>An incident found similar to another, how much (0 to 1), and why, in words a reader can check.</summary>
/// <param name="Linked">True when the authors linked the two (<c>related</c> or <c>repeat_of</c>, either way).</param>
public sealed record SimilarIncident(RenderedPostmortem Target, double Score, ImmutableArray<string> Reasons, bool Linked);
