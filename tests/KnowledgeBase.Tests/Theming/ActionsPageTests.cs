using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Theming;

/// <summary>
/// The actions pages are the work still to do: they list the open action items, by incident and by owner,
/// and count the rest; each incident's page lists all of its own, done and won't-do ones too.
/// </summary>
public sealed class ActionsPageTests
{
    private const string ThreeItems = """
        title: Disk full
        date: 2024-01-01
        action_items:
          - title: Alert on disk usage
            owner: storage-team
            status: in-progress
          - title: Rotate the logs
            owner: storage-team
            status: done
          - title: Buy bigger disks
            owner: infra-team
            status: wont-do
            reason: Rotation is enough.
        """;

    private static string[] Listed(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".action-table .action-title").Select(cell => cell.TextContent.Trim())];

    [Fact]
    public void Both_actions_pages_list_only_the_open_items_and_count_every_item()
    {
        using var site = new SmallSite().Postmortem("disk.md", ThreeItems);

        site.BuildClean();

        var byIncident = site.Page("actions/index.html");
        Assert.Equal(["Alert on disk usage"], Listed(byIncident));
        Assert.Equal(["Alert on disk usage"], Listed(site.Page("actions/by-owner/index.html")));
        Assert.Contains("3 action items in all", byIncident.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(1 open of 3)", byIncident.QuerySelector("main h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Alert on disk usage", "Rotate the logs", "Buy bigger disks"], Listed(site.Page("incidents/disk/index.html")));
    }

    [Fact]
    public void With_every_item_closed_the_actions_page_says_so_and_lists_none()
    {
        using var site = new SmallSite().Postmortem("disk.md", ThreeItems.Replace("status: in-progress", "status: done", StringComparison.Ordinal));

        site.BuildClean();

        var page = site.Page("actions/index.html");
        Assert.Empty(Listed(page));
        Assert.Contains("No open action items", page.QuerySelector("p.empty")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, Listed(site.Page("incidents/disk/index.html")).Length);
    }
}
