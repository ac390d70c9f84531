using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// "Open", "in progress" and "overdue" mean one thing everywhere: the home page, the actions page, the
/// incident pages added up, and <c>kb actions</c> give the same numbers, and the numbers shown side by
/// side add up (open + done + won't do = all; in progress and overdue are parts of open).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class ActionCountTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private sealed record Counts(int Total, int Open, int InProgress, int Overdue, int Done, int WontDo);

    [GeneratedRegex(@"^(\d+) action items?: (\d+) open(?: \(of which (?:(\d+) in progress)?(?: and )?(?:(\d+) overdue)?\))?(?:, (\d+) done)?(?:, (\d+) won't do)? \(as of ")]
    private static partial Regex IncidentSentence();

    [GeneratedRegex(@"^of which (\d+) in progress and (\d+) overdue$")]
    private static partial Regex OpenParts();

    private static int Number(string text) => int.Parse(text.Trim(), CultureInfo.InvariantCulture);

    private static int Group(Match match, int group) => match.Groups[group].Success ? Number(match.Groups[group].Value) : 0;

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Url(path));
        return page;
    }

    private static async Task<string> CardAsync(IPage page, string title) =>
        await page.Locator(".stats > div").Filter(new() { Has = page.Locator("dt", new() { HasTextRegex = new Regex("^" + title) }) }).Locator("dd").First.InnerTextAsync();

    private async Task<Counts> ActionsPageAsync()
    {
        var page = await OpenAsync("actions/index.html");
        var parts = OpenParts().Match(await page.Locator(".stats dd.part").InnerTextAsync());
        var open = Number(await CardAsync(page, "Open"));
        var done = Number(await CardAsync(page, "Done"));
        var wontDo = Number(await CardAsync(page, "Won't do"));
        await page.CloseAsync();
        Assert.True(parts.Success, "the Open card says which parts are in progress and overdue");
        return new Counts(open + done + wontDo, open, Group(parts, 1), Group(parts, 2), done, wontDo);
    }

    private async Task<Counts> IncidentPagesAsync()
    {
        var sum = new Counts(0, 0, 0, 0, 0, 0);
        var page = await fixture.Browser.NewPageAsync();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(fixture.Site, "incidents")).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(folder, "index.html")) || Path.GetFileName(folder) == "by-severity")
            {
                continue;
            }

            await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri);
            var sentence = page.Locator("p.action-counts");
            if (await sentence.CountAsync() == 0)
            {
                continue;
            }

            var text = await sentence.InnerTextAsync();
            var m = IncidentSentence().Match(text);
            Assert.True(m.Success, $"{Path.GetFileName(folder)}: unexpected sentence \"{text}\"");
            var counts = new Counts(Group(m, 1), Group(m, 2), Group(m, 3), Group(m, 4), Group(m, 5), Group(m, 6));
            Assert.True(counts.Total == counts.Open + counts.Done + counts.WontDo, $"{Path.GetFileName(folder)}: \"{text}\" does not add up");
            Assert.Equal(counts.Total, await page.Locator("section.actions tbody tr").CountAsync());
            sum = new Counts(sum.Total + counts.Total, sum.Open + counts.Open, sum.InProgress + counts.InProgress, sum.Overdue + counts.Overdue, sum.Done + counts.Done, sum.WontDo + counts.WontDo);
        }

        await page.CloseAsync();
        return sum;
    }

    private static Counts KbActions()
    {
        int Count(string? status) =>
            JsonDocument.Parse(Kb.Run(status is null ? ["actions", Repo.Input, "--format", "json"] : ["actions", Repo.Input, "--format", "json", "--status", status]).Output)
                .RootElement.GetArrayLength();
        return new Counts(Count(null), Count("open"), Count("in-progress"), Count("overdue"), Count("done"), Count("wont-do"));
    }

    [Fact]
    public async Task Home_actions_page_incident_pages_and_kb_actions_count_alike()
    {
        var home = await OpenAsync("index.html");
        var homeOpen = Number(await CardAsync(home, "Open action items"));
        var homeOverdue = Number(await CardAsync(home, "Of which overdue"));
        await home.CloseAsync();
        var actions = await ActionsPageAsync();
        var incidents = await IncidentPagesAsync();
        var kb = KbActions();

        Assert.Equal(kb, actions);
        Assert.Equal(kb, incidents);
        Assert.Equal((kb.Open, kb.Overdue), (homeOpen, homeOverdue));
        Assert.Equal(kb.Total, kb.Open + kb.Done + kb.WontDo);
        Assert.True(kb.InProgress > 0 && kb.Overdue > 0 && kb.InProgress < kb.Open && kb.Overdue < kb.Open);
    }
}
