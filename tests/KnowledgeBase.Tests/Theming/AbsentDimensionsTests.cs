using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Theming;

/// <summary>
/// A real archive often records only titles, dates and tags. What no incident records (severity, services,
/// contributing factors, action items, repeats) is left out of the navigation, the home page, the lists,
/// the charts and the badges, or said in one sentence: never shown as zeros or an empty chart.
/// </summary>
public sealed class AbsentDimensionsTests : IDisposable
{
    private readonly SmallSite _site = new SmallSite()
        .Postmortem("a.md", "title: A\ndate: 2024-01-10\ntags: [dns]\nsource_url: https://example.com/a")
        .Postmortem("b.md", "title: B\ndate: 2024-05-10\ntags: [dns]")
        .Postmortem("c.md", "title: C\ndate: 2024-08-10\ntags: [cache]");

    public void Dispose() => _site.Dispose();

    private static string Text(AngleSharp.Dom.IElement? element) => element?.TextContent ?? "";

    [Fact]
    public void The_navigation_offers_only_what_the_incidents_record()
    {
        _site.BuildClean();

        Assert.Equal(["Incidents", "Tags", "Metrics", "Search"], _site.Page("index.html").QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.TextContent));
    }

    [Fact]
    public void The_home_page_shows_no_zero_cards_and_no_severity_list()
    {
        _site.BuildClean();
        var home = _site.Page("index.html");

        Assert.Equal(["Incidents"], home.QuerySelectorAll(".stats dt").Select(dt => dt.TextContent));
        Assert.Null(home.QuerySelector("#by-severity"));
    }

    [Fact]
    public void No_page_calls_an_incident_unclassified_when_none_is_classified()
    {
        _site.BuildClean();

        Assert.DoesNotContain(_site.HtmlFiles(), f => File.ReadAllText(_site.PathOf(f)).Contains("Unclassified", StringComparison.Ordinal));
        var list = _site.Page("incidents/index.html");
        Assert.Equal(["Date", "Incident"], list.QuerySelectorAll(".incident-table th[scope=col]").Select(th => th.TextContent));
        Assert.Null(list.QuerySelector(".sort-links"));
    }

    [Fact]
    public void Metrics_draw_plain_bars_per_quarter_and_say_in_a_sentence_what_is_missing()
    {
        _site.BuildClean();
        var metrics = _site.Page("metrics/index.html");

        Assert.Equal(["Incidents per quarter", "Incidents per quarter"], metrics.QuerySelectorAll("svg.chart > title").Select(t => t.TextContent));
        Assert.All(metrics.QuerySelectorAll("svg.chart rect"), r => Assert.Contains(r.GetAttribute("class"), new[] { "series-all" }));
        Assert.Contains("nothing to count by category", Text(metrics.QuerySelector("[aria-labelledby=m-categories]")), StringComparison.Ordinal);
        Assert.Contains("no duration to measure", Text(metrics.QuerySelector("[aria-labelledby=m-durations]")), StringComparison.Ordinal);
        Assert.Contains("No incident looks like a repeat", Text(metrics.QuerySelector("[aria-labelledby=m-durations]")), StringComparison.Ordinal);
        Assert.Equal(["Quarter", "Total"], metrics.QuerySelectorAll("[aria-labelledby=m-severity] th[scope=col]").Select(th => th.TextContent));
    }

    [Fact]
    public void A_severity_overview_without_severities_says_so_instead_of_listing_zeros()
    {
        _site.BuildClean();
        var page = _site.Page("severities/index.html");

        Assert.Contains("No incident records a severity yet.", Text(page.QuerySelector("main")), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public void Beside_a_classified_incident_the_others_are_unclassified_and_the_counts_add_up()
    {
        _site.Postmortem("d.md", "title: D\ndate: 2024-09-10\nseverity: sev2");
        _site.BuildClean();
        var home = _site.Page("index.html");
        var metrics = _site.Page("metrics/index.html");

        Assert.Contains("Severities", home.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.TextContent));
        Assert.Equal(3, home.QuerySelectorAll(".incident-card .sev-none").Length);
        Assert.Equal(4, home.QuerySelectorAll("#by-severity ~ ul .count").Sum(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("Unclassified", metrics.QuerySelectorAll("[aria-labelledby=m-severity] th[scope=col]").Select(th => th.TextContent));
        Assert.NotEmpty(metrics.QuerySelectorAll("svg.chart rect.series-none"));
    }
}
