using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Pipeline;

public class SiteBuilderTests(InputSiteFixture site) : IClassFixture<InputSiteFixture>
{
    private static readonly string[] PublishedIds =
    [
        "2023-02-14-tracking-dns-resolver-ttl", "2023-05-09-payments-processor-timeouts", "2023-08-22-edge-certificate-expiry",
        "2024-01-17-routing-engine-capacity", "2024-04-03-warehouse-bin-overwrite", "2024-07-25-sms-provider-rate-limit",
        "2024-10-08-search-cache-stampede", "2025-02-11-auth-token-validation-flag", "2025-06-19-checkout-pool-exhaustion-repeat",
        "2025-09-30-settlement-export-stall", "2026-01-13-edge-node-upgrade-traffic-loss", "2026-03-10-partner-certificate-renewal-near-miss",
        "2026-05-20-alert-routing-after-reorg", "checkout-pool-exhaustion-2023",
    ];

    private const string DraftId = "2026-10-06-routing-map-provider-timeouts";

    private static string[] IncidentPages(IEnumerable<string> files) =>
        [.. files.Where(f => f.StartsWith("incidents/", StringComparison.Ordinal) && f.Count(c => c == '/') == 2 && f != "incidents/by-severity/index.html")
            .Select(f => f.Split('/')[1])];

    /// <summary>The incidents a tag, service, severity or category page lists, one line each.</summary>
    private static string[] Listed(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("ol.incident-rows > li > a").Select(a => a.GetAttribute("href")!.Split('/')[^2])];

    /// <summary>A list's pages, from its first (the sample's kb.yml has page_size 10): page 2 and on are at page/N/.</summary>
    private IEnumerable<AngleSharp.Dom.IDocument> PagesOf(string first)
    {
        yield return site.Page(first);
        for (var n = 2; File.Exists(Path.Combine(site.Output, ListPages.PathOf(first, n))); n++)
        {
            yield return site.Page(ListPages.PathOf(first, n));
        }
    }

    /// <summary>The sample postmortems as the build reads them, for deriving what the site must hold.</summary>
    private static IReadOnlyList<Postmortem> SamplePostmortems()
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigReader.Read(RepoPaths.Input, diagnostics);
        var reader = new PostmortemReader();
        var read = new InputLoader(InputLimits.Default).LoadEach(RepoPaths.Input, diagnostics, f => f).Results.Select(f => reader.Read(f, diagnostics)!).ToList();
        return [.. read.Select(p => Normalizer.Normalize(p, config)).Where(p => p.Status != PostmortemStatus.Draft)];
    }

    [Fact]
    public void Sample_input_builds_without_a_single_finding()
    {
        Assert.True(site.Result.Diagnostics.Count == 0, site.Result.Diagnostics.Dump());
        Assert.True(site.Result.Succeeded);
        Assert.True(site.Result.Written);
        Assert.Equal(15, site.Result.Files);
        Assert.Equal(15, site.Result.Postmortems);
    }

    [Fact]
    public void Site_has_home_404_sitemap_stylesheet_and_one_page_per_published_incident()
    {
        var files = InputSiteFixture.Files(site.Output);

        Assert.Subset(files.ToHashSet(), new HashSet<string> { "index.html", "404.html", "sitemap.xml", "assets/style.css", ".kb-site", "incidents/index.html", "incidents/by-severity/index.html" });
        Assert.Equal(PublishedIds, IncidentPages(files));
        Assert.DoesNotContain(DraftId, IncidentPages(files));
        Assert.Equal(files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), site.Result.PagesWritten);
    }

    [Fact]
    public void Drafts_are_built_when_asked()
    {
        Assert.True(site.WithDrafts.Succeeded, site.WithDrafts.Diagnostics.Dump());
        var pages = IncidentPages(InputSiteFixture.Files(site.OutputWithDrafts));

        Assert.Equal(15, pages.Length);
        Assert.Contains(DraftId, pages);
    }

    [Fact]
    public void Every_tag_service_and_category_used_and_every_severity_with_incidents_has_a_page()
    {
        var postmortems = SamplePostmortems();
        string[] Expected(IEnumerable<string> names) => [.. names.Select(Slug.From).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(Expected(postmortems.SelectMany(p => p.Tags.Concat(p.ContributingFactors.SelectMany(f => f.Tags)))), site.Terms("tags"));
        Assert.Equal(Expected(postmortems.SelectMany(p => p.Services)), site.Terms("services"));
        Assert.Equal(Expected(postmortems.Select(p => p.Severity!)), site.Terms("severities"));
        Assert.Equal(Expected(postmortems.SelectMany(p => p.ContributingFactors.Select(f => f.Category))), site.Terms("categories"));
        Assert.Equal(["sev1", "sev2", "sev3", "sev4"], site.Terms("severities"));
        Assert.Contains("database", site.Terms("tags"));
        Assert.DoesNotContain("db", site.Terms("tags"));
    }

    [Fact]
    public void Database_tag_page_lists_exactly_the_incidents_tagged_database_or_db_newest_first()
    {
        var page = site.Page("tags/database/index.html");

        Assert.Equal("Tag: database", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["2025-06-19-checkout-pool-exhaustion-repeat", "2024-04-03-warehouse-bin-overwrite", "checkout-pool-exhaustion-2023"], Listed(page));
        Assert.Contains("3 incidents", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_overview_shows_each_tag_with_its_count()
    {
        var rows = site.Page("tags/index.html").QuerySelectorAll("table.term-table tbody tr")
            .ToDictionary(r => r.QuerySelector("td a")!.TextContent, r => r.QuerySelector("td.num")!.TextContent);

        Assert.Equal("3", rows["database"]);
        Assert.Equal(site.Terms("tags").Count, rows.Count);
    }

    [Fact]
    public void Service_page_leaves_out_the_draft_unless_drafts_are_built()
    {
        Assert.Equal(["2024-01-17-routing-engine-capacity"], Listed(site.Page("services/routing-engine/index.html")));
        Assert.Equal([DraftId, "2024-01-17-routing-engine-capacity"], Listed(Html.Load(Path.Combine(site.OutputWithDrafts, "services/routing-engine/index.html"))));
    }

    [Fact]
    public void Severity_pages_list_their_incidents()
    {
        Assert.Equal(
            ["2025-06-19-checkout-pool-exhaustion-repeat", "2024-04-03-warehouse-bin-overwrite", "2023-08-22-edge-certificate-expiry"],
            Listed(site.Page("severities/sev1/index.html")));
        Assert.Equal(5, Listed(site.Page("severities/sev2/index.html")).Length);
        Assert.Equal(3, Listed(site.Page("severities/sev3/index.html")).Length);
        Assert.Equal(3, Listed(site.Page("severities/sev4/index.html")).Length);
    }

    [Fact]
    public void Category_page_lists_the_incidents_with_a_factor_in_it()
    {
        var process = PagesOf("categories/process/index.html").SelectMany(Listed).ToArray();

        Assert.Equal(12, process.Length);
        Assert.DoesNotContain("2024-07-25-sms-provider-rate-limit", process);
        Assert.DoesNotContain("2024-10-08-search-cache-stampede", process);
    }

    [Fact]
    public void Incident_lists_hold_every_published_incident_by_date_and_by_severity()
    {
        string[] Rows(string first) => [.. PagesOf(first).SelectMany(page => page.QuerySelectorAll("table.incident-table tbody tr td:nth-child(3) a")).Select(a => a.GetAttribute("href")!.Split('/')[^2])];

        var byDate = Rows("incidents/index.html");
        var bySeverity = Rows("incidents/by-severity/index.html");

        Assert.Equal(14, byDate.Length);
        Assert.Equal("2026-05-20-alert-routing-after-reorg", byDate[0]);
        Assert.Equal("2023-02-14-tracking-dns-resolver-ttl", byDate[^1]);
        Assert.Equal(PublishedIds.Order(StringComparer.Ordinal), bySeverity.Order(StringComparer.Ordinal));
        Assert.Equal("2025-06-19-checkout-pool-exhaustion-repeat", bySeverity[0]);
        Assert.Equal("2025-09-30-settlement-export-stall", bySeverity[^1]);
    }

    [Fact]
    public void Home_page_shows_the_eight_most_recent_incidents()
    {
        var recent = site.Page("index.html").QuerySelectorAll("ol.incident-list h3.card-title a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(8, recent.Count);
        Assert.Equal("incidents/2026-05-20-alert-routing-after-reorg/index.html", recent[0]);
    }

    [Fact]
    public void Relative_markdown_links_in_bodies_lead_to_incident_pages()
    {
        var body = site.Page("incidents/2025-06-19-checkout-pool-exhaustion-repeat/index.html").QuerySelector("div.body")!;
        var hrefs = body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("../../incidents/checkout-pool-exhaustion-2023/index.html", hrefs);
        Assert.Contains("../../incidents/2024-01-17-routing-engine-capacity/index.html", hrefs);
        Assert.DoesNotContain(hrefs, h => h!.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_internal_link_of_the_sample_site_resolves()
    {
        Assert.Empty(SiteLinks.Broken(site.Output));
        Assert.True(SiteLinks.CountInternal(site.Output) > 500);
    }

    [Fact]
    public void Every_page_has_exactly_one_h1()
    {
        foreach (var page in InputSiteFixture.Files(site.Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.True(site.Page(page).QuerySelectorAll("h1").Length == 1, page);
        }
    }

    [Fact]
    public void Sitemap_lists_every_page_but_404_with_absolute_urls_and_publication_dates()
    {
        var xml = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var entries = xml.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        var pages = InputSiteFixture.Files(site.Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html").ToList();

        Assert.Equal(pages.Count, entries.Count);
        Assert.All(entries.Keys, loc => Assert.StartsWith("https://northwind.example/kb/", loc, StringComparison.Ordinal));
        Assert.Equal("2025-06-30", entries["https://northwind.example/kb/incidents/2025-06-19-checkout-pool-exhaustion-repeat/"]);
        Assert.True(entries.ContainsKey("https://northwind.example/kb/"));
        Assert.Null(entries["https://northwind.example/kb/tags/"]);
    }

    [Fact]
    public void Check_without_output_folder_writes_nothing()
    {
        var result = Builds.Run(Builds.Options(RepoPaths.Input, output: null));

        Assert.True(result.Succeeded);
        Assert.False(result.Written);
        Assert.Equal(0, result.PagesWritten);
        Assert.Equal(15, result.Files);
    }
}
