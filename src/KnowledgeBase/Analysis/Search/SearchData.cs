using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search;

/// <summary>The search index and the result-list data, in the same document order.</summary>
public sealed record SearchData(LunrIndex Index, ImmutableArray<SearchDocument> Documents);
