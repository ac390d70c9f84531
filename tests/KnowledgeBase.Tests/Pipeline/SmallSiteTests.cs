using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>Whole builds of tiny knowledge bases, for behaviour the sample input does not show.</summary>
public class SmallSiteTests
{
    [Fact]
    public void Empty_knowledge_base_builds_an_empty_site_with_a_KB1010_warning()
    {
        using var site = new SmallSite().Config("title: Nothing yet");

        var result = site.Build();

        Assert.Equal([("KB1010", false)], result.Diagnostics.Select(d => (d.Code, d.IsError)));
        Assert.True(result.Written);
        Assert.Equal("Nothing yet", site.Page("index.html").QuerySelector("h1")!.TextContent);
        Assert.NotNull(site.Page("incidents/index.html").QuerySelector("p.empty"));
        Assert.Empty(SiteLinks.Broken(site.Output));
    }

    [Fact]
    public void Severity_levels_without_incidents_are_listed_without_a_page()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01\nseverity: sev1");

        site.BuildClean();

        var rows = site.Page("severities/index.html").QuerySelectorAll("tbody tr");
        Assert.Equal(["Critical", "Major", "Minor", "Low"], rows.Select(r => r.QuerySelector("td")!.Text()));
        Assert.Equal(["1", "0", "0", "0"], rows.Select(r => r.QuerySelector("td.num")!.TextContent));
        Assert.Single(rows, r => r.QuerySelector("a") is not null);
        Assert.True(File.Exists(site.PathOf("severities/sev1/index.html")));
        Assert.False(Directory.Exists(site.PathOf("severities/sev2")));
        Assert.Empty(SiteLinks.Broken(site.Output));
    }

    [Fact]
    public void Backlinks_from_a_draft_appear_only_when_drafts_are_built()
    {
        using var site = new SmallSite()
            .Postmortem("published.md", "title: Published\ndate: 2024-01-01")
            .Postmortem("draft.md", "title: Draft\ndate: 2024-02-01\nstatus: draft\nrelated: [published]");

        site.BuildClean();
        Assert.Null(site.Page("incidents/published/index.html").QuerySelector("section.related"));

        site.BuildClean(o => o with { IncludeDrafts = true });
        var backlink = Assert.Single(site.Page("incidents/published/index.html").QuerySelectorAll("section.related li"));
        Assert.Equal("../../incidents/draft/index.html", backlink.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Draft", site.Page("incidents/draft/index.html").QuerySelector("header .badge.status")!.TextContent);
    }

    [Fact]
    public void Link_to_a_draft_becomes_a_link_when_drafts_are_built()
    {
        using var site = new SmallSite()
            .Postmortem("published.md", "title: Published\ndate: 2024-01-01", "See [the draft](draft.md).")
            .Postmortem("draft.md", "title: Draft\ndate: 2024-02-01\nstatus: draft");

        var without = site.BuildClean();
        Assert.Equal([("published.md", "KB4004", 5, 5)], without.Diagnostics.Select(d => (d.Path, d.Code, d.Position.Line, d.Position.Column)));
        Assert.Empty(site.Page("incidents/published/index.html").QuerySelectorAll("div.body a"));

        var with = site.BuildClean(o => o with { IncludeDrafts = true });
        Assert.Empty(with.Diagnostics);
        Assert.Equal("../../incidents/draft/index.html", site.Page("incidents/published/index.html").QuerySelector("div.body a")!.GetAttribute("href"));
    }

    [Fact]
    public void Postmortems_in_subfolders_link_to_each_other_relative_to_their_own_folder()
    {
        using var site = new SmallSite()
            .Postmortem("2023/first.md", "title: First\ndate: 2023-01-01")
            .Postmortem("2024/second.md", "title: Second\ndate: 2024-01-01", "Like [the first](../2023/first.md#impact).");

        var result = site.BuildClean();

        Assert.Empty(result.Diagnostics);
        Assert.Equal("../../incidents/first/index.html#impact", site.Page("incidents/second/index.html").QuerySelector("div.body a")!.GetAttribute("href"));
    }
}
