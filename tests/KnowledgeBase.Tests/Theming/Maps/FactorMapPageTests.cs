using KnowledgeBase.Configuration;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Tests.Theming.Maps;

/// <summary>The map on the incident page: drawn wide and narrow, with every influence in words beside it.</summary>
public class FactorMapPageTests
{
    private const string FrontMatter = """
        title: Pool exhaustion
        date: 2024-03-12
        impact: Checkout failed for 2 hours.
        contributing_factors:
          - id: pool-budget
            category: technical
            description: Pool size was set per pod, with no global budget.
            influences: [alert-window, impact]
          - id: alert-window
            category: process
            description: The alert waited 30 minutes.
            influences: [pool-budget]
          - id: reorg
            category: organizational
            description: The database team was reorganized.
        """;

    [Fact]
    public void Columns_follow_the_category_order_and_the_impact_comes_last()
    {
        var map = FactorMapBuilder.Build(PostmortemText.Read(FrontMatter), SiteConfig.Default)!;
        var svg = Html.Parse("<div>" + map.Svg + "</div>");

        var wide = svg.QuerySelector("svg.chart-wide")!;
        Assert.Equal(["Organizational", "Process", "Technical", "Impact"], wide.QuerySelectorAll("text.map-heading").Select(t => t.TextContent));
        Assert.NotNull(svg.QuerySelector("svg.chart-narrow"));
        Assert.Equal(["Impact: Checkout", "failed for 2 hours."], wide.QuerySelectorAll("g.map-impact text").Select(t => t.TextContent));
        Assert.Equal(3, wide.QuerySelectorAll("path.map-arrow").Length);
        Assert.Single(wide.QuerySelectorAll("path.map-arrow-back"));
    }

    [Fact]
    public void The_text_equivalent_lists_each_influence_and_the_unlinked_factors()
    {
        var map = FactorMapBuilder.Build(PostmortemText.Read(FrontMatter), SiteConfig.Default)!;

        Assert.Equal(
        [
            ("Pool size was set per pod, with no global budget.", "The alert waited 30 minutes.", true),
            ("Pool size was set per pod, with no global budget.", "the impact", false),
            ("The alert waited 30 minutes.", "Pool size was set per pod, with no global budget.", false),
        ], map.Influences.Select(i => (i.From.Name, i.To.Name, i.Backward)));
        Assert.Equal("kb-factor-alert-window", map.Influences[0].To.Anchor);
        Assert.Equal("", map.Influences[1].To.Anchor);
        Assert.Equal(["The database team was reorganized."], map.Unlinked.Select(f => f.Name));
    }

    [Fact]
    public void Without_influences_or_without_factors_there_is_no_map()
    {
        // Boxes without arrows would repeat the list of factors by category.
        Assert.Null(FactorMapBuilder.Build(PostmortemText.Read("title: A\ncontributing_factors:\n  - A bare sentence.\n  - Another."), SiteConfig.Default));
        Assert.Null(FactorMapBuilder.Build(PostmortemText.Read("title: A"), SiteConfig.Default));
    }

    [Fact]
    public void Without_an_influence_on_the_impact_there_is_no_impact_column()
    {
        var map = FactorMapBuilder.Build(PostmortemText.Read("""
            title: A
            impact: Checkout failed.
            contributing_factors:
              - id: a
                description: A.
                influences: [b]
              - id: b
                description: B.
            """), SiteConfig.Default)!;

        Assert.Equal([("A.", "B.")], map.Influences.Select(i => (i.From.Name, i.To.Name)));
        Assert.DoesNotContain("Impact", map.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_duplicate_ids_reported_by_validation_do_not_break_the_map()
    {
        var map = FactorMapBuilder.Build(PostmortemText.Read("""
            title: A
            contributing_factors:
              - id: a
                description: A.
                influences: [nowhere, a, b]
              - id: a
                description: Again A.
              - id: b
                description: B.
            """), SiteConfig.Default)!;

        Assert.Equal([("A.", "B.")], map.Influences.Select(i => (i.From.Name, i.To.Name)));
    }

    [Fact]
    public void The_incident_page_shows_the_map_with_its_list_and_passes_its_links()
    {
        using var site = new SmallSite().Postmortem("pool.md", FrontMatter);
        site.Build();

        var page = site.Page("incidents/pool/index.html");
        var section = page.QuerySelector("section.factor-map-section")!;
        Assert.Equal(2, section.QuerySelectorAll("figure svg[role=img]").Length);
        Assert.Equal(3, section.QuerySelectorAll("ul.influences")[0].QuerySelectorAll("li").Length);
        Assert.All(section.QuerySelectorAll("ul.influences a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Empty(SiteLinks.Broken(site.Output));
    }
}
