using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// What the search page's results say about why they matched, and how they are ordered and filtered
/// (issue 20 parts 3 to 5), on the sample site served on loopback: titles first, "quoted phrases",
/// excerpts with the matched words marked, the incident page marking them again, filters that follow
/// the query, and the order by date.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class SearchResultsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly StaticServer _server = new(fixture.Site);

    public void Dispose() => _server.Dispose();

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string pathAndQuery, string? waitFor = null)
    {
        var page = await fixture.Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) =>
        {
            // A missing favicon is the browser's business, not the page's.
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add(m.Text);
            }
        };
        await page.GotoAsync(_server.BaseUrl + pathAndQuery);
        if (waitFor is not null)
        {
            await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync(waitFor);
        }

        return (page, errors);
    }

    private static async Task<List<string>> TitlesAsync(IPage page) =>
        [.. await page.Locator("#search-results a.result-link").AllInnerTextsAsync()];

    /// <summary>How many incidents match, as the status line says ("12 incidents for …"): the list shows the first ten.</summary>
    private static async Task<int> ResultCountAsync(IPage page) =>
        int.Parse((await page.Locator("#search-status").InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_title_with_the_words_comes_before_incidents_that_have_them_only_in_their_text()
    {
        // lunr's own order (the written query) puts two incidents that mention "regional" in their text
        // above the one whose title starts with it.
        var (plain, _) = await OpenAsync("search/index.html?q=alerting+regional", "for “alerting regional”");
        var (lunr, _) = await OpenAsync("search/index.html?q=" + Uri.EscapeDataString("+alerting +regional"), "for “+alerting +regional”");
        var titled = await TitlesAsync(plain);
        var lunrs = await TitlesAsync(lunr);

        Assert.StartsWith("Regional traffic loss", titled[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Regional", lunrs[0], StringComparison.Ordinal);
        Assert.Equal(lunrs.Order(StringComparer.Ordinal), titled.Order(StringComparer.Ordinal));
        // Among results without the words in their title, lunr's order is kept.
        Assert.Equal(lunrs.Where(t => !t.Contains("Regional", StringComparison.Ordinal)), titled.Skip(1));
        await plain.CloseAsync();
        await lunr.CloseAsync();
    }

    [Fact]
    public async Task A_quoted_phrase_puts_the_incidents_with_the_words_together_first()
    {
        var (phrase, errors) = await OpenAsync("search/index.html?q=" + Uri.EscapeDataString("\"error rate\""), "for “\"error rate\"”");
        var (words, _) = await OpenAsync("search/index.html?q=error+rate", "for “error rate”");
        var cards = await phrase.Locator("#search-results > li").AllInnerTextsAsync();
        var withPhrase = cards.Select(c => ErrorRate().IsMatch(c)).ToList();

        // The same incidents as for the two words, those showing "error rate" (or "error-rate") first.
        Assert.Equal((await TitlesAsync(words)).Order(StringComparer.Ordinal), (await TitlesAsync(phrase)).Order(StringComparer.Ordinal));
        Assert.Contains(true, withPhrase);
        Assert.Contains(false, withPhrase);
        Assert.Equal(withPhrase.OrderByDescending(x => x), withPhrase);
        Assert.Contains("have the exact phrase", await phrase.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await phrase.CloseAsync();
        await words.CloseAsync();
    }

    [Fact]
    public async Task A_word_only_in_the_body_is_shown_marked_in_an_excerpt_of_it_and_title_words_are_marked()
    {
        // "handshake" is in one incident's body, not in its title or summary.
        var (page, errors) = await OpenAsync("search/index.html?q=handshake", "for “handshake”");
        var excerpt = page.Locator("#search-results > li p.summary").First;
        var marks = await excerpt.Locator("mark").AllInnerTextsAsync();

        Assert.Equal(1, await ResultCountAsync(page));
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches("(?i)^handshake", m));
        Assert.True((await excerpt.InnerTextAsync()).Length <= 400, "the excerpt is short");

        await page.Locator("#search-q").FillAsync("expired certificate");
        await page.Locator("#search-q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “expired certificate”");
        var titleMarks = await page.Locator("#search-results a.result-link").First.Locator("mark").AllInnerTextsAsync();
        Assert.Equal(["expired", "certificate"], titleMarks.Select(m => m.ToLowerInvariant()));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Opening_a_result_marks_its_words_on_the_incident_page()
    {
        var (page, errors) = await OpenAsync("search/index.html?q=handshake", "for “handshake”");
        var link = page.Locator("#search-results a.result-link").First;

        Assert.Contains("?highlight=handshak", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        await Task.WhenAll(page.WaitForURLAsync(new Regex(@"/incidents/[^/]+/index\.html\?highlight=")), link.ClickAsync());
        var marks = await page.Locator("article.incident .body mark").AllInnerTextsAsync();

        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches("(?i)^handshake", m));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_highlight_parameter_only_marks_text_and_the_page_is_whole_without_javascript()
    {
        const string incident = "incidents/2023-08-22-edge-certificate-expiry/index.html";
        var (plain, _) = await OpenAsync(incident);
        var text = await plain.Locator("article.incident").InnerTextAsync();
        var (marked, errors) = await OpenAsync(incident + "?highlight=certif+expir");
        var marks = await marked.Locator("article.incident mark").AllInnerTextsAsync();
        var (hostile, hostileErrors) = await OpenAsync(incident + "?highlight=" + Uri.EscapeDataString("<img src=x onerror=alert(1)> certif"));

        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches("(?i)^(certif|expir)", m));
        Assert.Equal(text, await marked.Locator("article.incident").InnerTextAsync());
        Assert.Empty(errors);
        Assert.Equal(0, await hostile.Locator("article.incident img").CountAsync());
        Assert.NotEqual(0, await hostile.Locator("article.incident mark").CountAsync());
        Assert.Empty(hostileErrors);

        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var noScript = await context.NewPageAsync();
        await noScript.GotoAsync(_server.BaseUrl + incident + "?highlight=certif+expir");
        Assert.Equal(0, await noScript.Locator("article.incident mark").CountAsync());
        Assert.Equal(text, await noScript.Locator("article.incident").InnerTextAsync());
        await plain.CloseAsync();
        await marked.CloseAsync();
        await hostile.CloseAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Marked_words_keep_their_contrast_in_results_and_on_the_incident_page_in_both_themes(ColorScheme scheme)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var results = await context.NewPageAsync();
        await results.GotoAsync(_server.BaseUrl + "search/index.html?q=expired+certificate");
        await Assertions.Expect(results.Locator("#search-status")).ToContainTextAsync("for “expired certificate”");
        var incident = await context.NewPageAsync();
        await incident.GotoAsync(_server.BaseUrl + "incidents/2023-08-22-edge-certificate-expiry/index.html?highlight=certif+expir");

        foreach (var page in new[] { results, incident })
        {
            Assert.NotEqual(0, await page.Locator("mark").CountAsync());
            var axe = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
            });
            Assert.Empty(axe.Violations.Select(v => $"{page.Url}: {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})"));
        }
    }

    private sealed record FacetValue(string Facet, string Value, int Count, bool Checked);

    private static async Task<List<FacetValue>> FacetsAsync(IPage page) =>
        [.. (await page.Locator("#search-facets input[type=checkbox]").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [e.name, e.value, e.closest('label').querySelector('.count').textContent, String(e.checked)])"))
            .Select(v => new FacetValue(v[0], v[1], int.Parse(v[2], System.Globalization.CultureInfo.InvariantCulture), v[3] == "true"))];

    private static async Task ToggleAsync(IPage page, string facet, string value)
    {
        var before = await page.Locator("#search-status").InnerTextAsync();
        await page.Locator($"#search-facets input[name='{facet}'][value='{value}']").ClickAsync();
        await Assertions.Expect(page.Locator("#search-status")).Not.ToHaveTextAsync(before);
        // The filters are drawn again after the results; until then they are marked busy.
        await Assertions.Expect(page.Locator("#search-facets[aria-busy=true]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Filters_follow_the_query_any_value_within_a_filter_all_filters_across_and_counts_say_what_a_value_gives()
    {
        var (page, errors) = await OpenAsync("search/index.html?q=customers", "for “customers”");
        await Assertions.Expect(page.Locator("#search-facets[aria-busy=true]")).ToHaveCountAsync(0);
        var total = await ResultCountAsync(page);
        var facets = await FacetsAsync(page);
        var tags = facets.Where(f => f.Facet == "tag").ToList();

        // Ordered by how many of these matches have them.
        Assert.Equal(tags.Select(t => t.Count).OrderDescending(), tags.Select(t => t.Count));
        Assert.All(facets, f => Assert.InRange(f.Count, 0, total));
        var (a, b) = (tags[0], tags[1]);

        await ToggleAsync(page, "tag", a.Value);
        var withA = await TitlesAsync(page);
        Assert.Equal(a.Count, withA.Count);
        await ToggleAsync(page, "tag", a.Value);
        await ToggleAsync(page, "tag", b.Value);
        var withB = await TitlesAsync(page);
        Assert.Equal(b.Count, withB.Count);

        // OR within a filter: both tags list the incidents with either.
        await ToggleAsync(page, "tag", a.Value);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"tag {b.Value}, tag {a.Value}");
        var either = await TitlesAsync(page);
        Assert.Equal(withA.Union(withB).Order(StringComparer.Ordinal), either.Order(StringComparer.Ordinal));
        Assert.True(either.Count < total, "the two tags leave some matches out");

        // AND across filters: a service narrows the tags' results to exactly the count it showed.
        var service = (await FacetsAsync(page)).Where(f => f.Facet == "service").OrderBy(f => f.Count).First(f => f.Count > 0);
        await ToggleAsync(page, "service", service.Value);
        var both = await TitlesAsync(page);
        Assert.Equal(service.Count, both.Count);
        Assert.All(both, t => Assert.Contains(t, either));
        Assert.Contains("tag=", page.Url, StringComparison.Ordinal);
        Assert.Contains("service=", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Results_can_be_ordered_newest_first_and_the_order_is_kept_in_the_link()
    {
        var (page, errors) = await OpenAsync("search/index.html?q=checkout", "for “checkout”");
        var byRelevance = await TitlesAsync(page);

        await page.GetByLabel("Order").SelectOptionAsync("date");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("newest first");
        var dates = await page.Locator("#search-results time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        var byDate = await TitlesAsync(page);

        Assert.Contains("sort=date", page.Url, StringComparison.Ordinal);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.NotEqual(byRelevance, byDate);
        Assert.Equal(byRelevance.Order(StringComparer.Ordinal), byDate.Order(StringComparer.Ordinal));

        var (again, _) = await OpenAsync(page.Url[_server.BaseUrl.Length..], "newest first");
        Assert.Equal(byDate, await TitlesAsync(again));
        Assert.Equal("date", await again.GetByLabel("Order").InputValueAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
        await again.CloseAsync();
    }

    /// <summary>"error rate" as lunr's words: hyphens split words, and "error rates" stems the same.</summary>
    [GeneratedRegex("(?i)\\berrors?[\\s-]+rates?\\b")]
    private static partial Regex ErrorRate();
}
