using KnowledgeBase.Cli.Tests.Browser;
using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Distribution;

/// <summary>
/// `dotnet pack` makes a dotnet tool that carries the theme and lunr.js: installed from the local package
/// into a tool path and run where no Node.js can be found, it builds the sample into the same bytes as the
/// command line under test, and the site's search works in a browser. In the browser group: it drives
/// chromium, and packing is the heaviest work of the suite.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ToolPackageTests(InstalledTool tool, BrowserFixture browser) : IClassFixture<InstalledTool>, IClassFixture<BrowserFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_tool_runs_where_no_node_can_be_found()
    {
        Assert.False(NodeFreePath.Finds(tool.PathWithoutNode, "node"), tool.PathWithoutNode);
        Assert.False(NodeFreePath.Finds(tool.PathWithoutNode, "nodejs"), tool.PathWithoutNode);
        Assert.True(NodeFreePath.Finds(tool.PathWithoutNode, "dotnet"), tool.PathWithoutNode);
    }

    [Fact]
    public void The_packed_tool_builds_the_sample_like_the_command_line()
    {
        tool.Run("build", Repo.Input, "--output", _temp.Combine("from-tool"));
        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", _temp.Combine("from-tests")).ExitCode);

        Assert.True(File.Exists(_temp.Combine("from-tool", "assets", "vendor", "lunr.min.js")));
        Assert.Equal(Hashes.Of(_temp.Combine("from-tests")), Hashes.Of(_temp.Combine("from-tool")));
    }

    [Fact]
    public async Task The_site_the_packed_tool_builds_finds_incidents_as_you_type()
    {
        var site = _temp.Combine("site");
        tool.Run("build", Repo.Input, "--output", site);
        using var server = new StaticServer(site);
        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(server.BaseUrl + "search/index.html");
        await page.Locator("#search-q").PressSequentiallyAsync("certificate expiry");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("for “certificate expiry”");
        var titles = await page.Locator("#search-results a.result-link").AllInnerTextsAsync();
        await page.CloseAsync();

        Assert.NotEmpty(titles);
        Assert.Contains("certificate", titles[0], StringComparison.OrdinalIgnoreCase);
        Assert.Empty(errors);
    }
}
