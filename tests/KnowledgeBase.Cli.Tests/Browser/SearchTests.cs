using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>The search page of the sample site, served on loopback: what someone does before writing a new analysis.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly StaticServer _server = new(fixture.Site);

    public void Dispose() => _server.Dispose();

    private async Task<IPage> OpenAsync(string pathAndQuery)
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(_server.BaseUrl + pathAndQuery);
        return page;
    }

    private static async Task<List<string>> ResultTitlesAsync(IPage page) =>
        [.. await page.Locator("#search-results a.result-link").AllInnerTextsAsync()];

    [Fact]
    public async Task Typing_words_lists_the_incidents_that_mention_them_as_you_type()
    {
        var page = await OpenAsync("search/index.html");

        await page.Locator("#search-q").PressSequentiallyAsync("certificate expiry");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “certificate expiry”");

        var titles = await ResultTitlesAsync(page);
        Assert.NotEmpty(titles);
        Assert.Contains("certificate", titles[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("q=certificate+expiry", page.Url, StringComparison.Ordinal);
        var marked = await page.Locator("#search-results mark").AllInnerTextsAsync();
        Assert.True(marked.Count > 0, "matched words are highlighted");
        Assert.All(marked, word => Assert.Matches("(?i)^\\W*(certificate|expir)", word));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_tag_filter_narrows_the_results_and_the_link_round_trips()
    {
        var page = await OpenAsync("search/index.html?q=checkout");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “checkout”");
        var before = await ResultTitlesAsync(page);

        await page.Locator("#search-facets").GetByRole(AriaRole.Checkbox, new() { Name = "database" }).CheckAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("with tag database");
        var after = await ResultTitlesAsync(page);
        var shared = page.Url;

        var again = await OpenAsync(shared["http://127.0.0.1:".Length..][(shared["http://127.0.0.1:".Length..].IndexOf('/') + 1)..]);
        await Assertions.Expect(again.Locator("#search-status")).ToContainTextAsync("with tag database");

        Assert.True(after.Count < before.Count, $"{after.Count} results with the filter, {before.Count} without");
        Assert.All(after, title => Assert.Contains(title, before));
        Assert.Contains("tag=database", shared, StringComparison.Ordinal);
        Assert.Equal("checkout", await again.Locator("#search-q").InputValueAsync());
        Assert.Equal(after, await ResultTitlesAsync(again));
        Assert.True(await again.Locator("#search-facets").GetByRole(AriaRole.Checkbox, new() { Name = "database" }).IsCheckedAsync());
        await page.CloseAsync();
        await again.CloseAsync();
    }

    [Fact]
    public async Task Checking_a_filter_from_the_keyboard_keeps_the_focus_on_it_when_the_filters_are_drawn_again()
    {
        var page = await OpenAsync("search/index.html?q=checkout");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “checkout”");

        await page.Locator("#search-facets").GetByRole(AriaRole.Checkbox, new() { Name = "database" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("with tag database");

        await Assertions.Expect(page.Locator("#search-facets input:focus")).ToHaveAttributeAsync("value", "database");
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_empty_query_with_a_tag_lists_every_incident_with_that_tag_newest_first()
    {
        var page = await OpenAsync("search/index.html?tag=database");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("newest first");

        var dates = await page.Locator("#search-results time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");

        Assert.Equal(3, dates.Length);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_query_with_a_huge_edit_distance_answers_as_with_the_largest_one_searched()
    {
        // lunr builds its automaton for "~9" on a long word for hours (~5 already takes 17 s); the client searches ~2.
        var page = await OpenAsync("search/index.html?q=" + Uri.EscapeDataString("configurationmanagement~9"));
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “configurationmanagement~9”");
        var bounded = await ResultTitlesAsync(page);
        var same = await OpenAsync("search/index.html?q=" + Uri.EscapeDataString("configurationmanagement~2"));
        await Assertions.Expect(same.Locator("#search-status")).ToContainTextAsync("for “configurationmanagement~2”");

        Assert.Equal(await ResultTitlesAsync(same), bounded);
        Assert.Empty(errors);
        await page.CloseAsync();
        await same.CloseAsync();
    }

    [Fact]
    public async Task A_query_lunr_rejects_falls_back_to_its_words_without_an_error()
    {
        var page = await OpenAsync("search/index.html");
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.Locator("#search-q").FillAsync("checkout:");
        await page.Locator("#search-q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “checkout:”");

        Assert.NotEmpty(await ResultTitlesAsync(page));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    private async Task<(List<string> Titles, string Status)> SearchAsync(string query)
    {
        var page = await OpenAsync("search/index.html?q=" + Uri.EscapeDataString(query));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “" + query + "”");
        var found = (await ResultTitlesAsync(page), await page.Locator("#search-status").InnerTextAsync());
        await page.CloseAsync();
        return found;
    }

    [Fact]
    public async Task Two_words_find_the_incidents_with_both_as_lunr_does_with_both_required()
    {
        var both = await SearchAsync("checkout database");
        var required = await SearchAsync("+checkout +database");
        var checkout = await SearchAsync("checkout");
        var database = await SearchAsync("database");

        Assert.NotEmpty(both.Titles);
        Assert.Equal(required.Titles, both.Titles);
        Assert.True(both.Titles.Count < checkout.Titles.Count, $"{both.Titles.Count} with both words, {checkout.Titles.Count} with 'checkout'");
        Assert.All(both.Titles, t => Assert.Contains(t, checkout.Titles));
        Assert.All(both.Titles, t => Assert.Contains(t, database.Titles));
        Assert.DoesNotContain("any of them", both.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_no_incident_has_all_the_words_any_word_will_do_and_the_page_says_so()
    {
        var fallback = await SearchAsync("checkout zebra");
        var any = await SearchAsync("checkout zebra^1");

        Assert.Contains("No incident has all the words; showing incidents with any of them.", fallback.Status, StringComparison.Ordinal);
        Assert.NotEmpty(fallback.Titles);
        Assert.Equal(any.Titles, fallback.Titles);
    }

    [Fact]
    public async Task A_word_with_a_letter_dropped_finds_the_incident_and_says_what_it_searched()
    {
        var typo = await SearchAsync("certifcate");

        Assert.NotEmpty(typo.Titles);
        Assert.Contains("certificate", typo.Titles[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Showing results for “certificate” instead of “certifcate”.", typo.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correctly_spelled_query_gets_lunrs_own_results_with_no_correction()
    {
        // "^1" is lunr syntax, so that query runs as written: lunr's answer for the word.
        var plain = await SearchAsync("certificate");
        var lunr = await SearchAsync("certificate^1");

        Assert.NotEmpty(plain.Titles);
        Assert.Equal(lunr.Titles, plain.Titles);
        Assert.DoesNotContain("Showing results for", plain.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_term_chunk_that_fails_to_load_says_so_and_retry_fetches_it_again()
    {
        var page = await fixture.Browser.NewPageAsync();
        var failures = 0;
        var requests = 0;
        await page.RouteAsync("**/search/terms/*.json", async route =>
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                Interlocked.Increment(ref failures);
                await route.FulfillAsync(new() { Status = 503, Body = "unavailable" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GotoAsync(_server.BaseUrl + "search/index.html?q=checkout");

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("could not be loaded");
        Assert.DoesNotContain("0 incidents", await page.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await ResultTitlesAsync(page));

        await page.Locator("#search-status").GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “checkout”");

        Assert.Equal(1, failures);
        Assert.True(requests >= 2, "the failed chunk was fetched again");
        Assert.NotEmpty(await ResultTitlesAsync(page));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_search_index_that_fails_to_load_says_so_and_retry_loads_it()
    {
        var page = await fixture.Browser.NewPageAsync();
        var requests = 0;
        await page.RouteAsync("**/search/manifest.json", async route =>
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                await route.AbortAsync();
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GotoAsync(_server.BaseUrl + "search/index.html?q=checkout");

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("could not be loaded");
        await page.Locator("#search-status").GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “checkout”");

        Assert.NotEmpty(await ResultTitlesAsync(page));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_reaches_the_box_and_walks_the_results()
    {
        var page = await OpenAsync("incidents/index.html");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("site-search-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("dns");
        // Wait for the navigation from before the key is pressed, so a fast navigation cannot be missed.
        await Task.WhenAll(page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/search/index\.html\?q=dns$")), page.Keyboard.PressAsync("Enter"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “dns”");

        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var first = await page.EvaluateAsync<string>("document.activeElement.textContent");
        await page.Keyboard.PressAsync("ArrowDown");
        var second = await page.EvaluateAsync<string>("document.activeElement.textContent");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        var back = await page.EvaluateAsync<string>("document.activeElement.id");
        var titles = await ResultTitlesAsync(page);

        Assert.Equal(titles[0], first);
        Assert.Equal(titles[1], second);
        Assert.Equal("search-q", back);
        await page.Keyboard.PressAsync("ArrowDown");
        await Task.WhenAll(page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/incidents/[^/]+/index\.html(\?highlight=[^#]*)?$")), page.Keyboard.PressAsync("Enter"));
        Assert.Equal(titles[0], await page.Locator("h1").InnerTextAsync());
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("search/index.html?q=connection+pool&tag=database")]
    [InlineData("search/index.html")]
    public async Task The_search_page_with_results_and_facets_has_no_axe_violations(string pathAndQuery)
    {
        var page = await OpenAsync(pathAndQuery);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("incident");

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        await page.CloseAsync();

        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})"));
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_says_so_and_points_to_the_tags()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_server.BaseUrl + "search/index.html?q=dns");

        Assert.True(await page.GetByText("Search needs JavaScript").IsVisibleAsync(), "the notice is shown");
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "tags", Exact = true }).IsVisibleAsync());
        Assert.False(await page.Locator(".search-layout").IsVisibleAsync());
    }

    [Fact]
    public async Task With_JavaScript_the_no_script_notice_is_gone()
    {
        var page = await OpenAsync("search/index.html");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("incident");

        Assert.False(await page.GetByText("Search needs JavaScript").IsVisibleAsync());
        await page.CloseAsync();
    }
}
