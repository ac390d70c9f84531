using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Theming;

/// <summary>
/// Every tag page lists the cards of its incidents, so what a card shows is repeated on a page per tag it
/// carries: a card on a tag (or service, severity, category) page shows no tags, and the home page's cards
/// show a dozen and count the rest, keeping a site linear in its input.
/// </summary>
public sealed class IncidentCardTests : IDisposable
{
    private readonly SmallSite _site = new SmallSite()
        .Postmortem("many.md", "title: Many\ndate: 2024-01-10\ntags: [" + string.Join(", ", Enumerable.Range(1, 30).Select(i => $"t{i:00}")) + "]")
        .Postmortem("few.md", "title: Few\ndate: 2024-02-10\ntags: [t01, dns]");

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
    public void A_card_on_a_tag_page_shows_no_tags()
    {
        _site.BuildClean();
        var cards = _site.Page("tags/t01/index.html").QuerySelectorAll(".incident-card");

        Assert.Equal(2, cards.Length);
        Assert.All(cards, card => Assert.Null(card.QuerySelector(".chips")));
    }
}
