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
        return BuildAndServe(input, "site");
    }

    /// <summary>Builds the folder into <paramref name="name"/> and serves the site on loopback.</summary>
    private string BuildAndServe(string input, string name)
    {
        var output = _temp.Combine(name);
        var run = Kb.Run("build", input, "--output", output);
        Assert.True(run.ExitCode == 0, run.Error);
        _server = new StaticServer(output);
        return output;
    }

    /// <summary>Every page of a site, by path, in ordinal order.</summary>
    private static List<string> Pages(string site) =>
        [.. Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public async Task No_payload_runs_on_any_page_even_when_its_links_are_clicked()
    {
        var site = BuildHostileSite();
        var pages = Pages(site);
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

    /// <summary>
    /// A folder of the attacks that still build: files in active formats linked from a postmortem, a raw
    /// link that asks for its opener, a link to a clean SVG opened in another tab, every payload above,
    /// a NUL and an encoded scheme in links, an unclosed textarea, tags whose slugs once collided.
    /// </summary>
    private string BuildAttachmentSite()
    {
        var input = _temp.Combine("attachments");
        Directory.CreateDirectory(Path.Combine(input, "files"));
        File.WriteAllText(Path.Combine(input, "files", "evil.html"), "<script>alert(1); window.__pwned = 1</script>");
        File.WriteAllText(Path.Combine(input, "files", "evil.xhtml"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>");
        File.WriteAllText(Path.Combine(input, "files", "evil.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        File.WriteAllText(Path.Combine(input, "files", "clean.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>");
        File.WriteAllText(Path.Combine(input, "files", "log.txt"), "<script>alert(1)</script> shown as text");
        File.WriteAllText(Path.Combine(input, "attacks.md"), $"""
            ---
            title: Attachments that would run
            date: 2024-01-01
            tags: [attachments, C++, C#, "ok\u0001"]
            ---

            ## Summary

            [page](files/evil.html), [xhtml](files/evil.xhtml), ![drawn](files/evil.svg), [log](files/log.txt).

            <a href="files/evil.html" target="_blank" rel="opener">in a new tab</a> and
            <a href="files/clean.svg" target="_blank" rel="opener">a clean diagram in a new tab</a>.

            A [link with a NUL](a%00b.png), <a href="javascript&colon;alert(1)">an encoded scheme</a>.

            {string.Join("\n\n", Payloads)}

            <textarea> left open, and the rest of the analysis after it.
            """);
        return BuildAndServe(input, "attachments-site");
    }

    [Fact]
    public async Task Clicking_every_link_of_every_page_opens_no_dialog_runs_nothing_and_hands_no_tab_its_opener()
    {
        var site = BuildAttachmentSite();
        var pages = Pages(site);
        await using var context = await fixture.Browser.NewContextAsync();
        var dialogs = new List<string>();
        context.Page += (_, tab) => tab.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        var page = await context.NewPageAsync();
        var newTabs = 0;
        var clicked = new HashSet<string>(StringComparer.Ordinal);

        foreach (var path in pages)
        {
            await page.GotoAsync(_server!.BaseUrl + path);
            var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
            for (var i = 0; i < hrefs.Length; i++)
            {
                // Each address once, from the first page it is on; other hosts are not reachable here.
                if (!hrefs[i].StartsWith(_server.BaseUrl, StringComparison.Ordinal) || !clicked.Add(hrefs[i]))
                {
                    continue;
                }

                await page.GotoAsync(_server.BaseUrl + path);
                var link = page.Locator("a[href]").Nth(i);
                if (await link.GetAttributeAsync("target") is null)
                {
                    // A link that stays in its tab leads where its address does; a file the browser
                    // downloads instead of showing runs nothing.
                    try
                    {
                        await page.GotoAsync(hrefs[i]);
                    }
                    catch (PlaywrightException e) when (e.Message.StartsWith("Download is starting", StringComparison.Ordinal))
                    {
                        continue;
                    }
                }
                else
                {
                    // One that opens a tab is followed as a keyboard user does (focus, Enter): a user's
                    // gesture, so the tab opens, and the test sees what that tab can reach.
                    await link.FocusAsync();
                    var tab = await context.RunAndWaitForPageAsync(() => page.Keyboard.PressAsync("Enter"), new() { Timeout = 10_000 });
                    await tab.WaitForLoadStateAsync(LoadState.Load);
                    Assert.True(await tab.EvaluateAsync<bool>("() => window.opener === null"), $"{hrefs[i]} from {path} got its opener");
                    Assert.False(await tab.EvaluateAsync<bool>("() => window.__pwned === 1"), $"{hrefs[i]} from {path} ran script");
                    newTabs++;
                    await tab.CloseAsync();
                }

                Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned === 1"), $"{hrefs[i]} from {path} ran script");
            }
        }

        Assert.Empty(dialogs);
        Assert.Equal(1, newTabs); // the clean diagram: the evil page's link was removed
        Assert.Contains(clicked, h => h.EndsWith("/files/files/clean.svg", StringComparison.Ordinal));
        Assert.DoesNotContain(clicked, h => h.Contains("evil", StringComparison.Ordinal));
    }
}
