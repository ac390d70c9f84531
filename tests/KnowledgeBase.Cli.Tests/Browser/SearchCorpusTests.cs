using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// The search page finds real incidents by the word that sets them apart, spelled right or with a letter
/// dropped: for every postmortem of the public archive, the rarest word of its title (rarest across the
/// titles) and that word without its middle letter are searched on the served site in chromium.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class SearchCorpusTests(BrowserFixture browser, CorpusSites sites, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IClassFixture<CorpusSites>
{
    [CorpusFact("public-postmortems")]
    public async Task The_rarest_title_word_finds_its_incident_in_the_top_5_spelled_right_or_with_a_letter_dropped()
    {
        var site = sites.Site("public-postmortems");
        using var server = new StaticServer(site);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "incidents.json")));
        var incidents = json.RootElement.GetProperty("incidents").EnumerateArray()
            .Select(i => (Title: i.GetProperty("title").GetString()!, Url: i.GetProperty("url").GetString()!))
            .ToList();
        var titleWords = incidents.Select(i => Words(i.Title)).ToList();
        var frequency = titleWords.SelectMany(w => w).CountBy(w => w).ToDictionary(StringComparer.Ordinal);

        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(server.BaseUrl + "search/index.html");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("incidents");

        var asked = 0;
        var exact = 0;
        var dropped = 0;
        var missed = new List<string>();
        for (var n = 0; n < incidents.Count; n++)
        {
            var word = titleWords[n].OrderBy(w => frequency[w]).ThenByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).FirstOrDefault();
            if (word is null)
            {
                continue;
            }

            var typo = word.Remove(word.Length / 2, 1);
            asked++;
            if (await InTop5Async(page, word, incidents[n].Url))
            {
                exact++;
            }

            if (await InTop5Async(page, typo, incidents[n].Url))
            {
                dropped++;
            }
            else
            {
                missed.Add($"{word} → {typo}");
            }
        }

        await page.CloseAsync();
        output.WriteLine($"{asked} postmortems: the exact word puts {exact} ({100.0 * exact / asked:0.0} %) in the top 5, with a letter dropped {dropped} ({100.0 * dropped / asked:0.0} %)");
        output.WriteLine("missed with a letter dropped: " + string.Join(", ", missed));
        Assert.Empty(errors);
        Assert.True(asked >= 100, $"only {asked} titles have a word to search");
        Assert.True(exact >= 0.95 * asked, $"the exact word finds {exact} of {asked}");
        Assert.True(dropped >= 0.8 * asked, $"with a letter dropped {dropped} of {asked}: {string.Join(", ", missed)}");
    }

    private static async Task<bool> InTop5Async(IPage page, string query, string url)
    {
        await page.EvaluateAsync("() => { document.getElementById('search-status').textContent = ''; }");
        await page.Locator("#search-q").FillAsync(query);
        await page.Locator("#search-q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “" + query + "”");
        var links = await page.Locator("#search-results a.result-link").EvaluateAllAsync<string[]>("els => els.slice(0, 5).map(e => e.href)");
        return links.Any(href => href.Contains("/" + url, StringComparison.Ordinal));
    }

    /// <summary>A title's distinct words of three letters or more that lunr indexes (no stop words).</summary>
    private static List<string> Words(string title) =>
        [.. NotLetters().Split(title.ToLowerInvariant()).Where(w => w.Length >= 3 && !LunrStopWords.IsStopWord(w)).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("[^a-z]+")]
    private static partial Regex NotLetters();
}
