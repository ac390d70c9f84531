using KnowledgeBase.Analysis;
using KnowledgeBase.Model;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Theming;

/// <summary>The <c>site</c> every template sees: title, build date and the main navigation.</summary>
public static class SiteViewFactory
{
    public static SiteView Create(SiteModel site) => new(
        site.Config.Title,
        site.Config.Description,
        site.Config.BaseUrl,
        ViewBuilder.Date(DateOnly.FromDateTime(site.BuildTime.UtcDateTime)),
        site.Incidents.Length,
        [
            new LinkView("Incidents", SitePaths.Incidents, site.Incidents.Length, "incidents"),
            new LinkView("Tags", SitePaths.TaxonomyIndex("tags"), site.Taxonomy("tags").Terms.Length, "tags"),
            new LinkView("Services", SitePaths.TaxonomyIndex("services"), site.Taxonomy("services").Terms.Length, "services"),
            new LinkView("Severities", SitePaths.TaxonomyIndex("severities"), site.Taxonomy("severities").Terms.Length, "severities"),
            new LinkView("Categories", SitePaths.TaxonomyIndex("categories"), site.Taxonomy("categories").Terms.Length, "categories"),
            new LinkView("Action items", SitePaths.Actions, site.Incidents.Sum(i => i.Postmortem.ActionItems.Length), "actions"),
            new LinkView("Repeats", SitePaths.Repeats, site.Repeats.Length, "repeats"),
            new LinkView("Metrics", SitePaths.Metrics, site.Incidents.Length, "metrics"),
            new LinkView("Search", SitePaths.Search, site.Incidents.Length, "search"),
        ]);
}
