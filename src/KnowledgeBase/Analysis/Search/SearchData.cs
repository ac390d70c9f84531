using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// The search index and the result-list data (in the same document order), with the two files the site
/// serves them as. Each file name carries a hash of its content, so browsers may cache it forever.
/// </summary>
public sealed record SearchData(LunrIndex Index, ImmutableArray<SearchDocument> Documents, SiteFile IndexFile, SiteFile DocumentsFile);
