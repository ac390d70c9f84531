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
        // Navigation entries carry no count (0). Every page shows the navigation, so a count there is part of
        // every page's fingerprint: the repeats and patterns counts move with similarity, and a one-file edit
        // that moved one re-rendered the whole site for numbers no page of the theme prints.
        var navigation = new (bool Shown, LinkView Link)[]
        {
            (true, new LinkView("Incidents", SitePaths.Incidents, 0, "incidents")),
            (true, new LinkView("Tags", SitePaths.TaxonomyIndex(TaxonomyKind.Tags.Folder()), 0, "tags")),
            (has.Services, new LinkView("Services", SitePaths.TaxonomyIndex(TaxonomyKind.Services.Folder()), 0, "services")),
            (has.Severities, new LinkView("Severities", SitePaths.TaxonomyIndex(TaxonomyKind.Severities.Folder()), 0, "severities")),
            (has.Categories, new LinkView("Categories", SitePaths.TaxonomyIndex(TaxonomyKind.Categories.Folder()), 0, "categories")),
            (has.ActionItems, new LinkView("Action items", SitePaths.Actions, 0, "actions")),
            (has.Repeats, new LinkView("Repeats", SitePaths.Repeats, 0, "repeats")),
            (true, new LinkView("Metrics", SitePaths.Metrics, 0, "metrics")),
            (has.Categories, new LinkView("Patterns", SitePaths.Patterns, 0, "patterns")),
            (true, new LinkView("Search", SitePaths.Search, 0, "search")),
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
