using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Theming;

/// <summary>One page to write: where, with which template, and the view the template reads (under <see cref="PageTemplates.ViewName"/>).</summary>
/// <param name="Section">The part of the site the page belongs to, which the navigation marks as current.</param>
public sealed record PlannedPage(string Path, PageTemplate Template, string Title, string Section, string Description, IPageView View)
{
    /// <summary>A term page's taxonomy, which its template also reads (as <c>taxonomy</c>); null on other pages.</summary>
    public TaxonomyView? Taxonomy { get; init; }
}
