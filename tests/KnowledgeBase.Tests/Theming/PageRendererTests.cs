using AngleSharp.Dom;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Theming;

public class PageRendererTests
{
    private const string HostileTitle = "<img src=x onerror=alert(1)>";

    private static void AssertNoActiveContent(IDocument page, string name)
    {
        Assert.True(page.ForeignActiveElements("img, script, svg, iframe, object, embed").Count == 0, name + ": active element");
        var handlers = page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(handlers.Count == 0, name + ": " + string.Join(", ", handlers.Select(a => a.Name)));
        var scripted = page.QuerySelectorAll("[href], [src]").Where(e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(scripted.Count == 0, name + ": javascript: URL");
    }

    [Fact]
    public void Html_in_front_matter_values_is_escaped_on_every_page()
    {
        using var site = new SmallSite().Postmortem("hostile.md", $"""
            title: "{HostileTitle}"
            date: 2024-01-01
            severity: sev1
            tags: ["{HostileTitle}"]
            services: ["<script>alert(1)<script>"]
            impact: "<b onmouseover=alert(1)>impact</b>"
            authors: ["<svg onload=alert(1)>"]
            action_items:
              - title: "<img src=y onerror=alert(2)>"
                owner: "<i>team</i>"
            contributing_factors:
              - category: technical
                description: "<iframe src=javascript:alert(1)></iframe>"
                influences: [impact]
            company: "<object data=x></object>"
            source_url: "javascript:alert(1)"
            """, "Body text.");

        site.BuildClean();

        var pages = site.HtmlFiles().ToList();
        Assert.Contains("incidents/hostile/index.html", pages);
        foreach (var name in pages)
        {
            AssertNoActiveContent(site.Page(name), name);
        }

        var incident = site.Page("incidents/hostile/index.html");
        Assert.Equal(HostileTitle, incident.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(HostileTitle, incident.Title, StringComparison.Ordinal);
        Assert.Contains(incident.QuerySelectorAll("td"), td => td.TextContent == "<img src=y onerror=alert(2)>");
        // The factor map draws the description as text, escaped, in both drawings.
        Assert.Equal(2, incident.QuerySelectorAll("svg.factor-map g.map-box text").Count(t => t.TextContent.Contains("<iframe", StringComparison.Ordinal)));
        var tagLink = Assert.Single(incident.QuerySelectorAll("ul[aria-label=Tags] a"));
        Assert.Equal(HostileTitle, tagLink.TextContent);
        Assert.Equal("../../tags/img-src-x-onerror-alert-1/index.html", tagLink.GetAttribute("href"));
        var tagPage = site.Page("tags/img-src-x-onerror-alert-1/index.html");
        Assert.Equal("Tag: " + HostileTitle, tagPage.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Extra_fields_link_only_web_urls()
    {
        using var site = new SmallSite().Postmortem("a.md", """
            title: A
            date: 2024-01-01
            source_url: https://example.org/original
            mirror: javascript:alert(1)
            companies: [Acme, Globex]
            """);

        site.BuildClean();

        var page = site.Page("incidents/a/index.html");
        var extra = page.QuerySelector("section.extra")!;
        Assert.Equal(["https://example.org/original"], extra.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(extra.QuerySelectorAll("dd"), dd => dd.TextContent == "javascript:alert(1)");
        Assert.Contains(extra.QuerySelectorAll("dd"), dd => dd.TextContent == "Acme, Globex");
        Assert.Contains(extra.QuerySelectorAll("dt"), dt => dt.TextContent == "Source url");
    }

    [Fact]
    public void Pages_link_to_the_root_relatively_and_carry_a_canonical_url_with_a_base_url()
    {
        using var site = new SmallSite()
            .Config("base_url: https://kb.example/docs")
            .Postmortem("a.md", "title: A\ndate: 2024-01-01");

        site.BuildClean();

        var incident = site.Page("incidents/a/index.html");
        Assert.Equal("../../assets/style.css", incident.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("https://kb.example/docs/incidents/a/", incident.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var home = site.Page("index.html");
        Assert.Equal("assets/style.css", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("https://kb.example/docs/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Not_found_page_links_absolutely_when_the_base_url_is_known()
    {
        using var site = new SmallSite()
            .Config("base_url: https://kb.example/docs/")
            .Postmortem("a.md", "title: A\ndate: 2024-01-01");

        site.BuildClean();

        var notFound = site.Page("404.html");
        Assert.Equal("https://kb.example/docs/assets/style.css", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Null(notFound.QuerySelector("link[rel=canonical]"));
        Assert.All(notFound.QuerySelectorAll("main a[href]"), a => Assert.StartsWith("https://kb.example/docs/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_base_url_there_is_no_canonical_link()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01");

        site.BuildClean();

        Assert.Null(site.Page("incidents/a/index.html").QuerySelector("link[rel=canonical]"));
        Assert.Equal("assets/style.css", site.Page("404.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Base_url_option_overrides_kb_yml()
    {
        using var site = new SmallSite()
            .Config("base_url: https://old.example/")
            .Postmortem("a.md", "title: A\ndate: 2024-01-01");

        site.BuildClean(o => o with { BaseUrl = "https://new.example/kb" });

        Assert.Equal("https://new.example/kb/incidents/a/", site.Page("incidents/a/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Navigation_marks_the_current_section_and_page()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01\ntags: [dns]");

        site.BuildClean();

        string? Current(string page, string label) =>
            site.Page(page).QuerySelectorAll("nav a").Single(a => a.TextContent == label).GetAttribute("aria-current");
        Assert.Equal("page", Current("incidents/index.html", "Incidents"));
        Assert.Equal("true", Current("incidents/a/index.html", "Incidents"));
        Assert.Null(Current("incidents/a/index.html", "Tags"));
        Assert.Equal("true", Current("tags/dns/index.html", "Tags"));
        Assert.Equal("page", Current("tags/index.html", "Tags"));
    }

    [Fact]
    public void Templates_see_the_build_clock_as_now()
    {
        using var theme = new TempDirectory("theme");
        FileTree.Copy(RepoPaths.Theme, theme.Path);
        theme.Write("templates/home.liquid", "<h1>{{ site.title }}</h1>\n<p id=\"now\">{{ \"now\" | date: \"%Y-%m-%d %H:%M\" }}</p>\n<p id=\"built\">{{ site.build_date.iso }}</p>\n");
        using var site = new SmallSite { Theme = theme.Path }.Postmortem("a.md", "title: A\ndate: 2024-01-01");

        site.BuildClean();

        var home = site.Page("index.html");
        Assert.Equal("2026-11-26 00:00", home.QuerySelector("#now")!.TextContent);
        Assert.Equal("2026-11-26", home.QuerySelector("#built")!.TextContent);
    }

    [Fact]
    public void Liquid_in_postmortem_values_is_shown_as_written_not_evaluated()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: \"{{ site.title }} {% raw %}\"\ndate: 2024-01-01", "Body {{ page.path }} {% if true %}x{% endif %}");

        site.BuildClean();

        var page = site.Page("incidents/a/index.html");
        Assert.Equal("{{ site.title }} {% raw %}", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Body {{ page.path }} {% if true %}x{% endif %}", page.QuerySelector("div.body p")!.TextContent);
    }

    [Fact]
    public void Footer_counts_the_incidents_in_the_site()
    {
        using var site = new SmallSite()
            .Postmortem("a.md", "title: A\ndate: 2024-01-01")
            .Postmortem("b.md", "title: B\ndate: 2024-01-02");

        site.BuildClean();

        Assert.Contains("2 incidents", site.Page("index.html").QuerySelector("footer")!.Text(), StringComparison.Ordinal);
    }
}
