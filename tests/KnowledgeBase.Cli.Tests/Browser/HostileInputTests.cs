using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// A site built from hostile postmortems, opened in chromium: every payload would set
/// <c>window.__pwned</c> if it ran. None may, on any page, nor through the search page's query.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class HostileInputTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Flag = "window.__pwned=1";

    private static readonly string[] Payloads =
    [
        $"<script>{Flag}</script>",
        $"<img src=x onerror=\"{Flag}\">",
        $"<svg onload=\"{Flag}\"><circle r=\"1\"/></svg>",
        $"<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
        $"<a href=\"javascript:{Flag}\" id=\"raw-js\">raw javascript link</a>",
        $"<a href=\"jav&#x09;ascript:{Flag}\" id=\"encoded-js\">encoded javascript link</a>",
        $"[markdown javascript link](javascript:{Flag})",
        $"[data link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)",
        $"<details open ontoggle=\"{Flag}\">x</details>",
        $"<form action=\"javascript:{Flag}\"><button>go</button></form>",
        $"<div style=\"background:url(javascript:{Flag})\">styled</div>",
        $"<object data=\"javascript:{Flag}\"></object><embed src=\"javascript:{Flag}\">",
        $"<math><mtext><table><mglyph><style><img src=x onerror=\"{Flag}\">",
    ];

    private readonly TempFolder _temp = new();
    private StaticServer? _server;

    public void Dispose()
    {
        _server?.Dispose();
        _temp.Dispose();
    }

    private string BuildHostileSite()
    {
        var input = _temp.Combine("input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "hostile.md"), $"""
            ---
            title: "<img src=x onerror=window.__pwned=1> in the title"
            date: 2024-01-01
            tags: ["<img src=x onerror=window.__pwned=1>", "ok-tag"]
            services: ["<svg onload=window.__pwned=1>"]
            impact: "<script>window.__pwned=1</script>"
            source_url: "javascript:window.__pwned=1"
            contributing_factors:
              - category: technical
                description: "<img src=x onerror=window.__pwned=1>"
            action_items:
              - title: "<script>window.__pwned=1</script>"
                owner: "<b onmouseover=window.__pwned=1>team</b>"
                ticket: "javascript:window.__pwned=1"
            ---

            ## Summary

            {string.Join("\n\n", Payloads)}
            """);
        var output = _temp.Combine("site");
        var run = Kb.Run("build", input, "--output", output);
        Assert.Equal(0, run.ExitCode);
        _server = new StaticServer(output);
        return output;
    }

    [Fact]
    public async Task No_payload_runs_on_any_page_even_when_its_links_are_clicked()
    {
        var site = BuildHostileSite();
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var page = await fixture.Browser.NewPageAsync();

        foreach (var path in pages)
        {
            await page.GotoAsync(_server!.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var id in new[] { "#raw-js", "#encoded-js" })
            {
                if (await page.Locator(id).CountAsync() > 0)
                {
                    await page.Locator(id).ClickAsync(new LocatorClickOptions { Timeout = 2000 });
                }
            }

            Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned === 1"), $"a payload ran on {path}");
        }

        Assert.True(pages.Count > 5);
    }

    [Fact]
    public async Task A_search_query_holding_HTML_is_shown_as_text()
    {
        BuildHostileSite();
        var page = await fixture.Browser.NewPageAsync();

        await page.GotoAsync(_server!.BaseUrl + "search/index.html?q=" + Uri.EscapeDataString($"<img src=x onerror={Flag}> title"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("<img src=x");

        Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned === 1"));
        Assert.Equal(0, await page.Locator("#kb-main img").CountAsync());
    }
}
