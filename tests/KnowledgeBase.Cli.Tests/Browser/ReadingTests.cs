using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>The site works without JavaScript, fits a phone, and prints without its navigation.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ReadingTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Without_JavaScript_a_reader_gets_from_home_to_an_incident_and_its_tag()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("index.html"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Incidents" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Checkout outage from connection exhaustion during the summer sale" }).ClickAsync();
        var title = await page.Locator("h1").InnerTextAsync();
        await page.Locator(".incident-header").GetByRole(AriaRole.Link, new() { Name = "connection-pool" }).ClickAsync();

        Assert.Equal("Checkout outage from connection exhaustion during the summer sale", title);
        Assert.Equal("Tag: connection-pool", await page.Locator("h1").InnerTextAsync());
        Assert.EndsWith("/tags/connection-pool/index.html", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("incidents/index.html")]
    [InlineData("incidents/2026-01-13-edge-node-upgrade-traffic-loss/index.html")]
    [InlineData("tags/index.html")]
    public async Task On_a_phone_nothing_overflows_the_screen_sideways(string path)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 360, Height = 740 } });
        await page.GotoAsync(fixture.Url(path));

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.CloseAsync();

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
    }

    [Fact]
    public async Task In_print_the_navigation_is_hidden_and_the_analysis_is_not()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Url("incidents/2025-06-19-checkout-pool-exhaustion-repeat/index.html"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).IsVisibleAsync());
        Assert.True(await page.Locator(".body").IsVisibleAsync());
        Assert.True(await page.Locator("#kb-actions").IsVisibleAsync());
        await page.CloseAsync();
    }
}
