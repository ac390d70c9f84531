using KnowledgeBase.Analysis;
using KnowledgeBase.Model;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Theming;

/// <summary>
/// Decides which pages the site has: home, the incident list (by date and by severity), one page per
/// incident, for each taxonomy an overview plus one page per term that has incidents, the action items
/// (by incident and by owner), metrics and repeats. Every list comes in pages of kb.yml's <c>page_size</c>.
/// </summary>
public static class PagePlanner
{
    private const int RecentCount = 8;
    private const int TopTagCount = 12;

    public static IReadOnlyList<PlannedPage> Plan(SiteModel site, ViewBuilder views)
    {
        // The actions and metrics pages each walk every incident on one thread; they are built beside the
        // incident pages' views, which take both cores, instead of after them.
        var pageSize = site.Config.PageSize;
        var actions = Task.Run(() => views.Actions(byOwner: false, pageSize).Concat(views.Actions(byOwner: true, pageSize)).ToList());
        var metrics = Task.Run(() => MetricsViewBuilder.Build(site, views));

        var pages = new List<PlannedPage>();
        var summaries = site.Incidents.Select(views.Summary).ToList();

        pages.Add(new PlannedPage(SitePaths.Home, PageTemplate.Home, site.Config.Title, "home", site.Config.Description, Home(site, summaries)));

        var bySeverity = site.Incidents.OrderBy(i => i.Postmortem, IncidentOrder.BySeverity(site.SeverityRank)).Select(views.Summary).ToList();
        foreach (var (pager, entries) in ListPages.Cut(summaries.Count, pageSize, SitePaths.Incidents))
        {
            pages.Add(new PlannedPage(ListPages.PathOf(SitePaths.Incidents, pager.Number), PageTemplate.Incidents, Numbered("All incidents", pager), "incidents", "Every incident, newest first.",
                new IncidentListView("date", summaries[entries], SitePaths.Incidents, SitePaths.IncidentsBySeverity, pager)));
        }

        foreach (var (pager, entries) in ListPages.Cut(bySeverity.Count, pageSize, SitePaths.IncidentsBySeverity))
        {
            pages.Add(new PlannedPage(ListPages.PathOf(SitePaths.IncidentsBySeverity, pager.Number), PageTemplate.Incidents, Numbered("All incidents by severity", pager), "incidents", "Every incident, most severe first.",
                new IncidentListView("severity", bySeverity[entries], SitePaths.Incidents, SitePaths.IncidentsBySeverity, pager)));
        }

        // The incident pages are most of the site; their views are independent of each other.
        pages.AddRange(site.Incidents.AsParallel().AsOrdered().Select(incident =>
            new PlannedPage(incident.PagePath, PageTemplate.Incident, incident.Postmortem.Title, "incidents", incident.Summary, views.Incident(incident))));

        foreach (var taxonomy in site.Taxonomies)
        {
            var taxonomyView = ViewBuilder.Taxonomy(taxonomy);
            pages.Add(new PlannedPage(taxonomyView.Path, PageTemplate.Taxonomy, taxonomy.Title, taxonomy.Key, taxonomy.Description, taxonomyView));
            foreach (var term in taxonomy.Terms.Where(t => t.Count > 0))
            {
                var termView = views.Term(taxonomy, term);
                foreach (var (pager, entries) in ListPages.Cut(termView.Incidents.Count, pageSize, termView.Path))
                {
                    pages.Add(new PlannedPage(ListPages.PathOf(termView.Path, pager.Number), PageTemplate.Term, Numbered($"{taxonomy.Singular}: {term.Name}", pager), taxonomy.Key,
                        term.Description.Length > 0 ? term.Description : $"Incidents with {taxonomy.Singular.ToLowerInvariant()} {term.Name}.",
                        termView with { Incidents = [.. termView.Incidents.Take(entries)], Pager = pager })
                    {
                        Taxonomy = taxonomyView,
                    });
                }
            }
        }

        foreach (var view in actions.GetAwaiter().GetResult())
        {
            var first = view.GroupedBy == "owner" ? SitePaths.ActionsByOwner : SitePaths.Actions;
            pages.Add(new PlannedPage(ListPages.PathOf(first, view.Pager.Number), PageTemplate.Actions,
                Numbered(view.GroupedBy == "owner" ? "Action items by owner" : "Action items", view.Pager), "actions",
                "The open follow-ups of every incident, overdue first, with the counts of those in progress, overdue, done and won't do.", view));
        }

        pages.Add(new PlannedPage(SitePaths.Metrics, PageTemplate.Metrics, "Metrics", "metrics",
            "Incidents by severity and contributing factor per quarter, time to detect, resolve and remediate, repeats and growing tags.",
            metrics.GetAwaiter().GetResult()));

        pages.Add(new PlannedPage(SitePaths.Patterns, PageTemplate.Patterns, "Patterns", "patterns",
            "What recurs across incidents: factor tags and categories with their trend and action items, services by category, groups of similar incidents.",
            PatternsViewBuilder.Build(site, views)));

        var repeats = site.Repeats.Select(views.Repeat).ToList();
        foreach (var (pager, entries) in ListPages.Cut(repeats.Count, pageSize, SitePaths.Repeats))
        {
            pages.Add(new PlannedPage(ListPages.PathOf(SitePaths.Repeats, pager.Number), PageTemplate.Repeats, Numbered("Possible repeats", pager), "repeats",
                "Incidents that look like an earlier one whose fixes were all done: the fix did not hold.",
                new RepeatsView(repeats[entries], site.Incidents.Length, pager)));
        }

        pages.Add(new PlannedPage(SitePaths.Search, PageTemplate.Search, "Search", "search", "Search every incident before you write a new analysis.",
            new SearchPageView(site.Search.Chunks.Manifest.Path, site.Search.FacetsFile.Path,
                ViewBuilder.Taxonomy(site.Taxonomy(TaxonomyKind.Tags)).Terms, ViewBuilder.Taxonomy(site.Taxonomy(TaxonomyKind.Services)).Terms,
                ViewBuilder.Taxonomy(site.Taxonomy(TaxonomyKind.Severities)).Terms)));

        pages.Add(new PlannedPage(SitePaths.NotFound, PageTemplate.NotFound, "Page not found", "", "This page does not exist.", Home(site, summaries)));
        return pages;
    }

    /// <summary>"Tag: dns (page 2 of 7)" beyond page 1, so each page's title (and tab) says which it is.</summary>
    private static string Numbered(string title, PagerView pager) =>
        pager.Number == 1 ? title : $"{title} (page {pager.Number} of {pager.Count})";

    private static HomeView Home(SiteModel site, List<IncidentSummaryView> summaries)
    {
        var tags = ViewBuilder.Taxonomy(site.Taxonomy(TaxonomyKind.Tags)).Terms.Take(TopTagCount).ToList();
        var severities = ViewBuilder.Taxonomy(site.Taxonomy(TaxonomyKind.Severities)).Terms;
        var latest = site.Incidents.FirstOrDefault(i => i.Postmortem.Date is not null)?.Postmortem.Date;
        return new HomeView(
            summaries.Take(RecentCount).ToList(),
            tags,
            severities,
            site.Facts.HasUnclassified ? site.Facts.Incidents - site.Facts.Classified : 0,
            site.Incidents.Length,
            site.Taxonomy(TaxonomyKind.Services).Terms.Length,
            ViewBuilder.Counts(site.Facts.Actions),
            latest is { } l ? ViewBuilder.Date(l) : null);
    }
}
