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
            "actions/index.html", "actions/by-owner/index.html", "metrics/index.html", "patterns/index.html", "repeats/index.html", "search/index.html", "404.html",
        ], pages.Select(p => p.Path));
        Assert.Equal(PageTemplate.Incident, pages.Single(p => p.Path == "incidents/a/index.html").Template);
        Assert.Equal("Tag: dns", pages.Single(p => p.Path == "tags/dns/index.html").Title);
    }

    private static readonly IncidentListView Listing = new("date", [], "", "", PagerView.OnePage(0));

    [Fact]
    public void Every_list_comes_in_pages_of_page_size_with_page_one_at_the_lists_own_address()
    {
        var incidents = Enumerable.Range(1, 5).Select(n => Incidents.Make($"i{n}",
            $"date: 2024-01-0{n}\nseverity: sev2\ntags: [dns]\naction_items:\n  - {{title: Fix {n}, owner: team, status: open}}")).ToArray();
        var site = SiteAnalyzer.Analyze(incidents.Rendered(), SiteConfig.Default with { PageSize = 2 }, Builds.Clock);

        var pages = PagePlanner.Plan(site, new ViewBuilder(site)).ToDictionary(p => p.Path);

        foreach (var list in new[] { "incidents/", "incidents/by-severity/", "tags/dns/", "severities/sev2/", "actions/", "actions/by-owner/" })
        {
            Assert.Contains(list + "index.html", pages.Keys);
            Assert.Contains(list + "page/2/index.html", pages.Keys);
            Assert.Contains(list + "page/3/index.html", pages.Keys);
            Assert.DoesNotContain(list + "page/4/index.html", pages.Keys);
        }

        var tagPage3 = (TermView)pages["tags/dns/page/3/index.html"].View;
        Assert.Equal("Tag: dns (page 3 of 3)", pages["tags/dns/page/3/index.html"].Title);
        Assert.Equal(["i1"], tagPage3.Incidents.Select(i => i.Id));
        Assert.Equal(5, tagPage3.Count);
        Assert.Equal((3, 3, 5, 5), (tagPage3.Pager.Number, tagPage3.Pager.Count, tagPage3.Pager.First, tagPage3.Pager.Total));
        Assert.Equal("tags/dns/page/2/index.html", tagPage3.Pager.Previous);
        Assert.Null(tagPage3.Pager.Next);
        var newest = (IncidentListView)pages["incidents/index.html"].View;
        Assert.Equal(["i5", "i4"], newest.Incidents.Select(i => i.Id));
        Assert.Equal("incidents/page/2/index.html", newest.Pager.Next);
    }

    [Fact]
    public void An_owners_items_cut_by_a_page_break_go_on_as_continued_on_the_next_page()
    {
        var items = string.Concat(Enumerable.Range(1, 3).Select(n => $"\n  - {{title: Fix {n}, owner: team, status: open}}"));
        var site = SiteAnalyzer.Analyze(new[] { Incidents.Make("a", "date: 2024-01-01\naction_items:" + items) }.Rendered(), SiteConfig.Default with { PageSize = 2 }, Builds.Clock);

        var pages = new ViewBuilder(site).Actions(byOwner: true, pageSize: 2);

        Assert.Equal(2, pages.Count);
        Assert.Equal((false, 2, 3), (pages[0].Groups.Single().Continued, pages[0].Groups.Single().Rows.Count, pages[0].Groups.Single().Total));
        Assert.Equal((true, 1, 3), (pages[1].Groups.Single().Continued, pages[1].Groups.Single().Rows.Count, pages[1].Groups.Single().Total));
        Assert.All(pages, p => Assert.Equal(3, p.Totals.Total));
    }

    [Fact]
    public void Page_size_comes_from_kb_yml_and_pages_link_each_other_in_the_written_site()
    {
        using var site = new SmallSite().Config("page_size: 1\n");
        site.Postmortem("a.md", "title: A\ndate: 2024-01-01\ntags: [dns]").Postmortem("b.md", "title: B\ndate: 2024-01-02\ntags: [dns]");

        var result = site.Build();

        Assert.True(result.Written);
        var second = File.ReadAllText(Path.Combine(site.Output, "tags", "dns", "page", "2", "index.html"));
        Assert.Contains("<nav class=\"pager\" aria-label=\"Pages of dns\">", second, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../../tags/dns/index.html\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", second, StringComparison.Ordinal);
        Assert.Contains(">A</a>", second, StringComparison.Ordinal);
        Assert.DoesNotContain(">B</a>", second, StringComparison.Ordinal);
        var single = File.ReadAllText(Path.Combine(site.Output, "tags", "index.html"));
        Assert.DoesNotContain("class=\"pager\"", single, StringComparison.Ordinal);
    }

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
