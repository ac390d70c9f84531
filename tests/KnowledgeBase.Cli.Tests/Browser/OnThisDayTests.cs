using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>The home page's "On this day", picked in the browser from the date it is read on.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class OnThisDayTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly StaticServer _server = new(fixture.Site);

    public void Dispose() => _server.Dispose();

    private async Task<IPage> HomeOnAsync(DateTime day, bool javaScript = true)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(day);
        await page.GotoAsync(_server.BaseUrl + "index.html");
        return page;
    }

    [Fact]
    public async Task On_the_anniversary_of_an_incident_it_is_listed_with_how_long_ago_it_was()
    {
        var page = await HomeOnAsync(new DateTime(2027, 6, 19, 12, 0, 0, DateTimeKind.Local));

        var section = page.Locator("#on-this-day");
        await Assertions.Expect(section).ToBeVisibleAsync();
        Assert.Equal(["Checkout outage from connection exhaustion during the summer sale (2025, 2 years ago)"],
            (await section.Locator("li").AllInnerTextsAsync()).Select(t => t.Trim()));
    }

    [Fact]
    public async Task On_a_day_without_past_incidents_or_without_JavaScript_the_section_is_absent()
    {
        var quiet = await HomeOnAsync(new DateTime(2027, 12, 25, 12, 0, 0, DateTimeKind.Local));
        await quiet.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var noScript = await HomeOnAsync(new DateTime(2027, 6, 19, 12, 0, 0, DateTimeKind.Local), javaScript: false);

        Assert.False(await quiet.Locator("#on-this-day").IsVisibleAsync());
        Assert.False(await noScript.Locator("#on-this-day").IsVisibleAsync());
    }
}
