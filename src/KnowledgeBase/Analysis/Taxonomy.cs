using System.Collections.Immutable;

namespace KnowledgeBase.Analysis;

/// <summary>
/// A way of grouping incidents, with one index page per term and an overview with counts.
/// </summary>
public sealed record Taxonomy(TaxonomyKind Kind, string Title, string Singular, string Description, ImmutableArray<TaxonomyTerm> Terms)
{
    /// <summary>The folder its pages live in (<c>tags</c>, <c>services</c>, <c>severities</c>, <c>categories</c>).</summary>
    public string Key => Kind.Folder();

    public TaxonomyTerm? Find(string slug) => Terms.FirstOrDefault(t => t.Slug == slug);
}
