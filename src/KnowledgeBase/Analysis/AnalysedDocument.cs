using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Analysis;

/// <summary>
/// One incident's words as the indexes take them: lunr's terms per search field with the body sentences
/// its search result may show (<see cref="SearchAnalysis"/>), and similarity's weighted term counts.
/// </summary>
public sealed record AnalysedDocument(SearchAnalysis Search, TermCounts Text);
