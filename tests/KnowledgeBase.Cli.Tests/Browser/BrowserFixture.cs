using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// One headless Debian chromium for a test class, driven by Playwright, and the sample site built once
/// into a temporary folder. Pages are opened from disk (file://), as a reader of a downloaded site would.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempFolder _temp = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Site => _temp.Combine("site");

    /// <summary>The sample's base_url; <see cref="ServeAsync"/> answers it from the built folder.</summary>
    public const string BaseUrl = "https://northwind.example/kb/";

    /// <summary>The page as a file on disk.</summary>
    public string Url(string path) => new Uri(Path.Combine(Site, path)).AbsoluteUri;

    /// <summary>
    /// Answers requests under the site's base URL from the built folder, as a static host serving the site
    /// under a sub-path would (an unknown address gets 404.html with status 404). Nothing leaves the machine.
    /// </summary>
    public async Task<IPage> ServeAsync(IPage page)
    {
        await page.RouteAsync(BaseUrl + "**", async route =>
        {
            var relative = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath["/kb/".Length..]);
            var file = Path.GetFullPath(Path.Combine(Site, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative));
            var found = file.StartsWith(Site + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file);
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = found ? 200 : 404,
                Path = found ? file : Path.Combine(Site, "404.html"),
            });
        });
        return page;
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: the README's test command installs Debian's chromium first.");
        }

        var run = Kb.Run("build", Repo.Input, "--output", Site);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("building the sample failed: " + run.Error);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        _temp.Dispose();
    }

    public void Dispose() => _temp.Dispose();
}
