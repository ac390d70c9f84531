using KnowledgeBase.Analysis;
using KnowledgeBase.Model;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Theming;

/// <summary>
/// The <c>site</c> every template sees: title, build date, the main navigation and which dimensions have
/// data. A dimension no incident records (an archive without severities, say) gets no navigation entry:
/// its pages are still written, and say so in a sentence, but nothing leads a reader to them.
/// </summary>
public static class SiteViewFactory
{
    public static SiteView Create(SiteModel site)
    {
        var facts = site.Facts;
        var has = new DimensionsView(facts.HasSeverities, facts.HasServices, facts.HasFactors, facts.HasActionItems, facts.HasRepeats);
        var navigation = new (bool Shown, LinkView Link)[]
        {
            (true, new LinkView("Incidents", SitePaths.Incidents, site.Incidents.Length, "incidents")),
            (true, new LinkView("Tags", SitePaths.TaxonomyIndex(TaxonomyKind.Tags.Folder()), site.Taxonomy(TaxonomyKind.Tags).Terms.Length, "tags")),
            (has.Services, new LinkView("Services", SitePaths.TaxonomyIndex(TaxonomyKind.Services.Folder()), site.Taxonomy(TaxonomyKind.Services).Terms.Length, "services")),
            (has.Severities, new LinkView("Severities", SitePaths.TaxonomyIndex(TaxonomyKind.Severities.Folder()), site.Taxonomy(TaxonomyKind.Severities).Terms.Length, "severities")),
            (has.Categories, new LinkView("Categories", SitePaths.TaxonomyIndex(TaxonomyKind.Categories.Folder()), site.Taxonomy(TaxonomyKind.Categories).Terms.Length, "categories")),
            (has.ActionItems, new LinkView("Action items", SitePaths.Actions, facts.Actions.Total, "actions")),
            (has.Repeats, new LinkView("Repeats", SitePaths.Repeats, site.Repeats.Length, "repeats")),
            (true, new LinkView("Metrics", SitePaths.Metrics, site.Incidents.Length, "metrics")),
            (has.Categories, new LinkView("Patterns", SitePaths.Patterns, site.Patterns.Patterns.Length, "patterns")),
            (true, new LinkView("Search", SitePaths.Search, site.Incidents.Length, "search")),
        };

        return new SiteView(
            site.Config.Title,
            site.Config.Description,
            site.Config.BaseUrl,
            ViewBuilder.Date(DateOnly.FromDateTime(site.BuildTime.UtcDateTime)),
            site.Incidents.Length,
            [.. navigation.Where(n => n.Shown).Select(n => n.Link)],
            has);
    }
}
