using KnowledgeBase.Analysis;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Analysis;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Tests.Theming;

public class PagePlannerTests
{
    [Fact]
    public void Site_has_home_lists_incident_pages_taxonomies_terms_with_incidents_and_404()
    {
        var site = SiteAnalyzer.Analyze(
            new[] { Incidents.Make("a", "date: 2024-01-01\nseverity: sev2\ntags: [dns]\nservices: [edge]\ncontributing_factors:\n  - {category: process, description: d}"), Incidents.Make("b") }.Rendered(),
            SiteConfig.Default, Builds.Clock);

        var pages = PagePlanner.Plan(site, new ViewBuilder(site));

        Assert.Equal(
        [
            "index.html", "incidents/index.html", "incidents/by-severity/index.html",
            "incidents/a/index.html", "incidents/b/index.html",
            "tags/index.html", "tags/dns/index.html",
            "services/index.html", "services/edge/index.html",
            "severities/index.html", "severities/sev2/index.html",
            "categories/index.html", "categories/process/index.html",
            "actions/index.html", "metrics/index.html", "patterns/index.html", "repeats/index.html", "search/index.html", "404.html",
        ], pages.Select(p => p.Path));
        Assert.Equal(PageTemplate.Incident, pages.Single(p => p.Path == "incidents/a/index.html").Template);
        Assert.Equal("Tag: dns", pages.Single(p => p.Path == "tags/dns/index.html").Title);
    }

    private static readonly IncidentListView Listing = new("date", [], "", "");

    [Fact]
    public void Pages_planned_at_the_same_path_ignoring_case_are_KB3002()
    {
        PlannedPage[] pages =
        [
            new("incidents/by-severity/index.html", PageTemplate.Incidents, "A", "", "", Listing),
            new("Incidents/By-Severity/index.html", PageTemplate.Incident, "B", "", "", Listing),
            new("index.html", PageTemplate.Home, "C", "", "", Listing),
        ];
        var diagnostics = new DiagnosticBag();

        DuplicatePaths.Check(pages, diagnostics);

        var error = diagnostics.One("KB3002");
        Assert.True(error.IsError);
        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'B'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Incident_whose_id_is_a_list_page_fails_the_build_with_KB3002()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01\nid: by-severity");

        var result = site.Build();

        Assert.Contains("KB3002", result.Diagnostics.Codes());
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output));
    }
}
