using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search.Chunks;

/// <summary>
/// The search data split for large knowledge bases: a small manifest (the one file whose name stays the
/// same), term chunks and document chunks numbered and named with a hash of their set, other files with a
/// hash of their own (so every name but the manifest's can be cached forever),
/// the term dictionary that only fuzzy and inner-wildcard queries need, and the same terms filed for
/// typo correction (<see cref="TypoTermIndex"/>).
/// </summary>
public sealed record ChunkedSearchData(SiteFile Manifest, ImmutableArray<SiteFile> Files)
{
    /// <summary>Where the manifest is served; every other file's address in it is relative to this folder.</summary>
    public const string ManifestPath = "search/manifest.json";
}
