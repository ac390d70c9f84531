using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// Real archives read well: no page of the sample or of a real corpus scrolls sideways on a desktop or a
/// phone, chart text stays readable on a phone, and what the postmortems do not record (severities,
/// services, action items) is not offered. Pages are opened from disk, as a downloaded site is.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class RealContentTests(BrowserFixture browser, CorpusSites sites) : IClassFixture<BrowserFixture>, IClassFixture<CorpusSites>
{
    private static readonly int[] Widths = [1280, 390];

    /// <summary>The smallest chart text on the page, in CSS pixels: its font size times the scale its SVG is drawn at; null without a chart shown.</summary>
    private const string SmallestChartText = """
        () => {
          let smallest = null;
          for (const text of document.querySelectorAll('svg.chart text')) {
            const svg = text.ownerSVGElement;
            if (!svg.getClientRects().length) continue;
            const size = parseFloat(getComputedStyle(text).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            smallest = smallest === null ? size : Math.min(smallest, size);
          }
          return smallest;
        }
        """;

    /// <summary>Every page, at each width. A corpus added to the shared folder is one more [Corpus] line.</summary>
    [Theory]
    [Corpus(Corpora.Sample)]
    [Corpus("public-postmortems")]
    [Corpus(Corpora.Icco)]
    public async Task No_page_scrolls_sideways_on_a_desktop_or_a_phone(string corpus)
    {
        var site = sites.Site(corpus);
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var wide = new List<string>();
        foreach (var width in Widths)
        {
            var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 900 } });
            foreach (var file in pages)
            {
                await page.GotoAsync(new Uri(file).AbsoluteUri);
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0)
                {
                    wide.Add($"{width} px: {Path.GetRelativePath(site, file)} is {overflow} px too wide");
                }
            }

            await page.CloseAsync();
        }

        Assert.True(wide.Count == 0, $"{wide.Count} of {pages.Count * Widths.Length} page loads scroll sideways:\n" + string.Join('\n', wide));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Chart_text_is_at_least_11_css_px(int width)
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(browser.Url("metrics/index.html"));

        var smallest = await page.EvaluateAsync<double?>(SmallestChartText);
        await page.CloseAsync();

        Assert.NotNull(smallest);
        Assert.True(smallest >= 11, $"at {width} px the smallest chart text is {smallest:0.0} px");
    }

    [CorpusFact("public-postmortems")]
    public async Task Real_postmortems_without_severities_get_no_severity_services_or_action_item_pages_offered()
    {
        // The corpus's postmortems that record no severity: as a team's archive usually is, with no services,
        // contributing factors or action items either.
        var site = sites.Site("no-severities", "public-postmortems", text => !text.Contains("\nseverity:", StringComparison.Ordinal));
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        var navigation = await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link).AllInnerTextsAsync();
        var home = await page.Locator("main").InnerTextAsync();
        var cards = await page.Locator(".stats dt").AllInnerTextsAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "metrics", "index.html")).AbsoluteUri);
        var charts = await page.Locator("svg.chart:visible > title").AllTextContentsAsync();
        var metrics = await page.Locator("main").InnerTextAsync();
        await page.CloseAsync();

        Assert.Equal(["Incidents", "Tags", "Metrics", "Search"], navigation);
        Assert.DoesNotContain("By severity", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Unclassified", home, StringComparison.Ordinal);
        Assert.Equal(["Incidents"], cards);
        Assert.Equal(["Incidents per quarter"], charts);
        Assert.DoesNotContain("Unclassified", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("Critical", metrics, StringComparison.Ordinal);
    }
}
