using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Metrics;

/// <summary>How many incidents had a contributing factor of one category: per quarter shown, and overall.</summary>
public sealed record CategoryFigures(string CategoryId, ImmutableArray<int> ByQuarter, int Total);
