using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>The search page's Kind filter (issue 22): near misses can be listed apart from incidents.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class NearMissSearchTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly StaticServer _server = new(fixture.Site);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task The_kind_filter_lists_the_near_misses_and_round_trips_in_the_link()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(_server.BaseUrl + "search/index.html?q=certificate");
        await Assertions.Expect(page.Locator("#search-facets[aria-busy=true]")).ToHaveCountAsync(0);

        await page.Locator("#search-facets").GetByRole(AriaRole.Checkbox, new() { Name = "Near miss" }).CheckAsync();

        await Assertions.Expect(page.Locator("#search-results a.result-link")).ToHaveCountAsync(1);
        Assert.Equal("Partner certificate renewal stalled two days before expiry", await page.Locator("#search-results a.result-link").InnerTextAsync());
        Assert.Contains("kind=near-miss", page.Url, StringComparison.Ordinal);
        var incidents = page.Locator("#search-facets").GetByRole(AriaRole.Checkbox, new() { Name = "Incident" });
        await Assertions.Expect(incidents).ToHaveCountAsync(1);
        await page.CloseAsync();
    }
}
