using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KnowledgeBase.Cli.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// An author runs <c>kb serve</c>, keeps a page open and edits the postmortem: the page follows every
/// save by itself, a save that breaks the file shows where over the page, and the next good save clears it.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ServeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Incident = "2024-10-08-search-cache-stampede";
    private const string Title = "title: Parcel search slowdown after a cache node replacement";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task An_open_page_follows_edits_shows_a_broken_file_over_the_page_and_recovers()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        var file = Path.Combine(input, Incident + ".md");
        await using var server = await KbServe.StartAsync(input);
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync($"{server.Url}incidents/{Incident}/index.html");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Parcel search slowdown after a cache node replacement");

        // A save: the page reloads itself with the new title.
        Edit(file, Title, "title: Parcel search slowdown, edited while served");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Parcel search slowdown, edited while served", new() { Timeout = Ms(Patience) });

        // A save that breaks the YAML: the findings cover the page, naming the file, line and column.
        Edit(file, "title: Parcel search slowdown, edited while served", "title: [Parcel search slowdown");
        var overlay = page.GetByRole(AriaRole.Alertdialog, new() { Name = "The last change does not build" });
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await Expect(overlay.Locator(".kb-build-error")).ToContainTextAsync($"{Incident}.md:2:", new() { Timeout = Ms(Patience) });
        await Expect(overlay).ToContainTextAsync("KB1003");
        Assert.Contains("does not build", server.Output, StringComparison.Ordinal);

        // The next good save clears it.
        Edit(file, "title: [Parcel search slowdown", "title: Parcel search slowdown, fixed");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Parcel search slowdown, fixed", new() { Timeout = Ms(Patience) });
        await Expect(overlay).ToHaveCountAsync(0);

        // Ctrl+C stops it cleanly.
        Assert.Equal(0, await server.InterruptAsync());
    }

    [Fact]
    public async Task Only_served_pages_carry_the_reload_script_never_a_built_site()
    {
        await using var server = await KbServe.StartAsync(_temp.CopyOf(Repo.Input, "kb"));
        using var http = new HttpClient();
        var served = await http.GetStringAsync(server.Url + "index.html");

        Assert.Contains("/_kb/live.js", served, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(fixture.Site, "*.html", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("/_kb/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_knowledge_base_that_does_not_build_is_still_served_with_its_findings()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        Edit(Path.Combine(input, Incident + ".md"), Title, "title: [unclosed");
        await using var server = await KbServe.StartAsync(input);
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(server.Url);

        await Expect(page.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync($"{Incident}.md:2:", new() { Timeout = Ms(Patience) });
    }

    private static float Ms(TimeSpan span) => (float)span.TotalMilliseconds;

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary><c>kb serve</c> as a user starts it: its own process, on a free loopback port.</summary>
    private sealed class KbServe : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _output = new();

        private KbServe(Process process, string url)
        {
            _process = process;
            Url = url;
        }

        public string Url { get; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static async Task<KbServe> StartAsync(string input)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kb.dll"), "serve", input, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["SOURCE_DATE_EPOCH"] = Kb.Epoch;
            var serving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var process = Process.Start(start)!;
            var server = new KbServe(process, $"http://127.0.0.1:{port}/");
            DataReceivedEventHandler collect = (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (server._output)
                {
                    server._output.AppendLine(e.Data);
                }

                if (e.Data.Contains("kb serve: serving", StringComparison.Ordinal))
                {
                    serving.TrySetResult();
                }
            };
            process.OutputDataReceived += collect;
            process.ErrorDataReceived += collect;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await serving.Task.WaitAsync(Patience);
            return server;
        }

        /// <summary>What Ctrl+C sends; returns the exit code.</summary>
        public async Task<int> InterruptAsync()
        {
            using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
    }
}
