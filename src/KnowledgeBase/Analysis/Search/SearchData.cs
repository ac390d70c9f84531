using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// The search index and the result-list data (in the same document order, newest first), with the files
/// the site serves them as: the index in chunks behind a small manifest, and the filters' data.
/// Every file but the manifest carries a hash of its content in its name, so browsers may cache it forever.
/// </summary>
public sealed record SearchData(LunrIndex Index, ImmutableArray<SearchDocument> Documents, Chunks.ChunkedSearchData Chunks, SiteFile FacetsFile)
{
    /// <summary>Every file the site serves for search.</summary>
    public IEnumerable<SiteFile> Files => Chunks.Files.Append(Chunks.Manifest).Append(FacetsFile);
}
