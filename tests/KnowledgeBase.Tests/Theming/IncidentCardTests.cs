using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Theming;

/// <summary>
/// Every tag page lists its incidents, so what an entry shows is repeated on a page per tag it carries: a tag
/// (or service, severity, category) page lists each incident on one line, without its tags or summary, and
/// the home page's cards show a dozen tags and count the rest, keeping a site linear in its input.
/// </summary>
public sealed class IncidentCardTests : IDisposable
{
    private readonly SmallSite _site = new SmallSite()
        .Postmortem("many.md", "title: Many\ndate: 2024-01-10\ntags: [" + string.Join(", ", Enumerable.Range(1, 30).Select(i => $"t{i:00}")) + "]")
        .Postmortem("few.md", "title: Few\ndate: 2024-02-10\ntags: [t01, dns]", "The queue stalled for an hour.");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_card_on_the_home_page_shows_twelve_tags_and_counts_the_rest()
    {
        _site.BuildClean();
        var card = _site.Page("index.html").QuerySelectorAll(".incident-card").Single(c => c.TextContent.Contains("Many", StringComparison.Ordinal));

        Assert.Equal(12, card.QuerySelectorAll(".chip").Length);
        Assert.Equal("and 18 more", card.QuerySelector(".chips .more")?.TextContent);
    }

    [Fact]
    public void A_card_with_few_tags_shows_them_all_and_the_incident_page_shows_every_tag()
    {
        _site.BuildClean();
        var few = _site.Page("index.html").QuerySelectorAll(".incident-card").Single(c => c.TextContent.Contains("Few", StringComparison.Ordinal));

        Assert.Equal(2, few.QuerySelectorAll(".chip").Length);
        Assert.Null(few.QuerySelector(".chips .more"));
        Assert.Equal(30, _site.Page("incidents/many/index.html").QuerySelectorAll(".facts .chip").Length);
    }

    [Fact]
    public void A_tag_page_lists_each_incident_on_one_line_without_its_tags_or_summary()
    {
        _site.BuildClean();
        var rows = _site.Page("tags/t01/index.html").QuerySelectorAll("ol.incident-rows > li");

        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.Null(row.QuerySelector(".chips, .summary")));
        Assert.All(rows, row => Assert.NotNull(row.QuerySelector("a[href^='../../incidents/']")));
        Assert.Contains("The queue stalled", _site.Page("index.html").QuerySelector(".incident-card .summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_line_shows_the_day_and_a_severity_badge_that_only_the_incident_page_links()
    {
        using var site = new SmallSite().Postmortem("disk.md", "title: Disk full\ndate: 2024-03-12T14:05:00Z\nseverity: sev1\ntags: [storage]");

        site.BuildClean();

        var meta = site.Page("tags/storage/index.html").QuerySelector("ol.incident-rows .meta")!;
        Assert.Equal("2024-03-12", meta.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("12 Mar 2024", meta.QuerySelector("time")?.TextContent);
        Assert.Equal("SPAN", meta.QuerySelector(".badge.sev")?.TagName);
        var header = site.Page("incidents/disk/index.html").QuerySelector(".incident-header");
        Assert.Equal("../../severities/sev1/index.html", header?.QuerySelector("a.badge.sev")?.GetAttribute("href"));
        Assert.Equal("12 Mar 2024 14:05 UTC", header?.QuerySelector("time")?.TextContent);
    }
}
