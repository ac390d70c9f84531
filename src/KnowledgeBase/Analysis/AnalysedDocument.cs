using System.Collections.Immutable;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Analysis;

/// <summary>
/// One incident's words as the indexes take them: lunr's terms per search field, similarity's weighted
/// term counts, and the body sentences its search result may show (<see cref="SearchExcerpt"/>).
/// </summary>
public sealed record AnalysedDocument(LunrAnalysedDocument Search, TermCounts Text, ImmutableArray<string> Excerpt);
