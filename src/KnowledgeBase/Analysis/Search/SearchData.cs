using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// The search index and the result-list data (in the same document order, newest first), with the files
/// the site serves them as: the index in chunks behind a small manifest, and the filters' data.
/// Every file but the manifest carries a hash of its content in its name, so browsers may cache it forever.
/// </summary>
/// <param name="Index">
/// The whole index, held only when the build was asked to keep it (the conformance tests and the bench
/// compare it with lunr.js): a site needs only its chunks, and at 10,000 postmortems the index is some
/// 100 MB that would otherwise stay alive while every page is written.
/// </param>
public sealed record SearchData(LunrIndex? Index, ImmutableArray<SearchDocument> Documents, Chunks.ChunkedSearchData Chunks, SiteFile FacetsFile)
{
    /// <summary>Every file the site serves for search.</summary>
    public IEnumerable<SiteFile> Files => Chunks.Files.Append(Chunks.Manifest).Append(FacetsFile);
}
