using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// Every kind of page passes axe-core's WCAG 2.2 AA rules as served under the site's base URL; the pages
/// whose colors differ most are also checked in dark mode.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        string[] pages =
        [
            "index.html", "incidents/index.html", "incidents/by-severity/index.html",
            "incidents/2025-06-19-checkout-pool-exhaustion-repeat/index.html",
            "incidents/2026-01-13-edge-node-upgrade-traffic-loss/index.html",
            "incidents/2026-05-20-alert-routing-after-reorg/index.html", "incidents/2023-08-22-edge-certificate-expiry/index.html",
            "incidents/checkout-pool-exhaustion-2023/index.html", "incidents/2026-03-10-partner-certificate-renewal-near-miss/index.html",
            "tags/index.html", "tags/database/index.html", "services/index.html", "severities/index.html",
            "severities/sev1/index.html", "categories/index.html", "categories/process/index.html", "repeats/index.html", "actions/index.html", "metrics/index.html", "patterns/index.html", "no-such-page/",
            "incidents/page/2/index.html", "actions/page/2/index.html", "actions/by-owner/index.html",
        ];
        foreach (var page in pages)
        {
            data.Add(page, ColorScheme.Light);
        }

        // checkout-pool-exhaustion-2023 has a contribution-factor map with an arrow within a column; the near miss its badge.
        foreach (var page in new[]
        {
            "index.html", "incidents/2025-06-19-checkout-pool-exhaustion-repeat/index.html", "incidents/checkout-pool-exhaustion-2023/index.html",
            "incidents/2026-03-10-partner-certificate-renewal-near-miss/index.html", "tags/index.html", "metrics/index.html", "patterns/index.html", "incidents/page/2/index.html",
        })
        {
            data.Add(page, ColorScheme.Dark);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string path, ColorScheme scheme) =>
        await AssertNoViolationsAsync(path, new BrowserNewPageOptions { ColorScheme = scheme });

    /// <summary>On a phone, tables stack or scroll inside a focusable, labelled region, and charts are drawn narrow.</summary>
    [Theory]
    [InlineData("index.html")]
    [InlineData("incidents/2025-06-19-checkout-pool-exhaustion-repeat/index.html")]
    [InlineData("incidents/2026-03-10-partner-certificate-renewal-near-miss/index.html")]
    [InlineData("actions/index.html")]
    [InlineData("actions/page/2/index.html")]
    [InlineData("incidents/checkout-pool-exhaustion-2023/index.html")]
    [InlineData("metrics/index.html")]
    [InlineData("patterns/index.html")]
    public async Task Page_on_a_phone_has_no_axe_violations(string path) =>
        await AssertNoViolationsAsync(path, new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });

    private async Task AssertNoViolationsAsync(string path, BrowserNewPageOptions options)
    {
        var page = await fixture.ServeAsync(await fixture.Browser.NewPageAsync(options));
        await page.GotoAsync(BrowserFixture.BaseUrl + path);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        await page.CloseAsync();

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})");
        Assert.Empty(violations);
    }
}
