using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search.Chunks;

/// <summary>
/// The search data split for large knowledge bases: a small manifest (the one file whose name stays the
/// same), term chunks and document chunks whose names carry their content's hash (cacheable forever),
/// and the term dictionary that only fuzzy and inner-wildcard queries need.
/// </summary>
public sealed record ChunkedSearchData(SiteFile Manifest, ImmutableArray<SiteFile> Files)
{
    /// <summary>Where the manifest is served; every other file's address in it is relative to this folder.</summary>
    public const string ManifestPath = "search/manifest.json";
}
