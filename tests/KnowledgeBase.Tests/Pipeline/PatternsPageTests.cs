using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>patterns/ of the sample input: recurring patterns, services by category, groups of similar incidents.</summary>
public class PatternsPageTests(InputSiteFixture site) : IClassFixture<InputSiteFixture>
{
    [Fact]
    public void Each_recurring_pattern_has_a_row_with_its_trend_and_a_section_with_its_incidents_newest_first()
    {
        var page = site.Page("patterns/index.html");

        var rows = page.QuerySelectorAll("table.pattern-table tbody tr");
        Assert.NotEmpty(rows);
        // Eight quarters of trend, the incident count and the action items' state.
        Assert.All(rows, r => Assert.Equal(10, r.QuerySelectorAll("td").Length));
        var database = page.QuerySelector("#pattern-tag-alerting")!;
        var dates = database.QuerySelectorAll("ul.pattern-incidents time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.True(dates.Count >= 3);
    }

    [Fact]
    public void Open_items_of_a_pattern_link_to_their_row_on_the_incident_page()
    {
        var page = site.Page("patterns/index.html");

        var links = page.QuerySelectorAll("ul.pattern-items a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var (path, anchor) = (link.Split('#')[0], link.Split('#')[1]);
            var incident = Html.Load(Path.Combine(site.Output, "patterns", path));
            Assert.NotNull(incident.GetElementById(anchor));
        }
    }

    [Fact]
    public void The_matrix_and_the_groups_of_similar_incidents_are_shown_and_the_page_is_in_the_navigation()
    {
        var page = site.Page("patterns/index.html");

        Assert.Equal(["Service", "Incidents", "Technical", "Process", "Organizational"], page.QuerySelectorAll("table.matrix-table thead th").Select(t => t.TextContent));
        Assert.Contains(page.QuerySelectorAll("section.cluster"), c => c.TextContent.Contains("Partner certificate renewal stalled", StringComparison.Ordinal));
        Assert.Equal("page", page.QuerySelector("nav a[href='index.html']")?.GetAttribute("aria-current") ?? page.QuerySelectorAll("nav a").Single(a => a.TextContent == "Patterns").GetAttribute("aria-current"));
    }

    [Fact]
    public void A_knowledge_base_without_factors_gets_the_page_without_a_navigation_entry()
    {
        using var small = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01");
        small.BuildClean();

        var page = small.Page("patterns/index.html");
        Assert.Contains("No incident records contributing factors", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(small.Page("index.html").QuerySelectorAll("nav a"), a => a.TextContent == "Patterns");
    }
}

/// <summary>The metrics page's "closing the loop" section, on the sample and where nothing records factors or items.</summary>
public class LoopMetricsPageTests(InputSiteFixture site) : IClassFixture<InputSiteFixture>
{
    [Fact]
    public void The_sample_s_metrics_show_gate_coverage_priorities_and_strategic_items()
    {
        var section = site.Page("metrics/index.html").QuerySelector("section[aria-labelledby=m-loop]")!;

        Assert.Contains("Integration gate: 100 % of 53 contributing factors are covered", section.Text(), StringComparison.Ordinal);
        var priorities = section.QuerySelectorAll("table")[1];
        Assert.Equal(["High", "Medium", "Low", "No priority"], priorities.QuerySelectorAll("tbody th").Select(t => t.TextContent));
        Assert.Contains("2 of 52 action items (3.8 %), 2 still open.", section.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_factors_or_action_items_the_section_is_left_out()
    {
        using var small = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01");
        small.BuildClean();

        Assert.Null(small.Page("metrics/index.html").QuerySelector("section[aria-labelledby=m-loop]"));
    }
}
