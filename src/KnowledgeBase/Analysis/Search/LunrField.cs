namespace KnowledgeBase.Analysis.Search;

/// <summary>A field of the search index and its boost (how much a match in it counts).</summary>
public sealed record LunrField(string Name, double Boost = 1);
