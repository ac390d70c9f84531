using System.Collections.Immutable;

namespace KnowledgeBase.Analysis;

/// <summary>
/// A way of grouping incidents, with one index page per term and an overview with counts.
/// <see cref="Key"/> is the folder its pages live in (<c>tags</c>, <c>services</c>, <c>severities</c>, <c>categories</c>).
/// </summary>
public sealed record Taxonomy(string Key, string Title, string Singular, string Description, ImmutableArray<TaxonomyTerm> Terms)
{
    public TaxonomyTerm? Find(string slug) => Terms.FirstOrDefault(t => t.Slug == slug);
}
