using System.Diagnostics;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>
/// Links that loop or lead nowhere, FIFOs and folders that link back to themselves, in the places a build
/// reads: the files postmortems link to, <c>static/</c>, the postmortems themselves. None may crash a build,
/// hang it, or stop <c>kb serve</c>; a linked file that cannot be read is a missing file (KB4001).
/// Each kb runs as its own process, so a hang fails the test instead of stopping the test run.
/// </summary>
public sealed class SpecialFilesTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A knowledge base of one postmortem that links to each of <paramref name="targets"/>.</summary>
    private string KnowledgeBase(params string[] targets)
    {
        var input = _temp.Combine("kb");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.md"),
            "---\ntitle: A\ndate: 2024-01-01\n---\n" + string.Concat(targets.Select(t => $"See [{t}]({t}).\n")));
        return input;
    }

    private void Link(string path, string target) => File.CreateSymbolicLink(_temp.Combine(path), target);

    private void Fifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [_temp.Combine(path)])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static async Task<KbRun> KbAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kb.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SOURCE_DATE_EPOCH"] = Kb.Epoch;
        using var kb = Process.Start(start)!;
        var output = kb.StandardOutput.ReadToEndAsync();
        var error = kb.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await kb.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            kb.Kill(entireProcessTree: true);
            Assert.Fail($"kb {string.Join(' ', args)} hung");
        }

        return new KbRun(kb.ExitCode, await output, await error);
    }

    private void AssertNothingLeftBesideTheSite() =>
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Path, ".site*"));

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public async Task Links_to_a_link_loop_a_dangling_link_and_a_fifo_are_missing_files(string command)
    {
        var input = KnowledgeBase("loop.png", "ping.png", "dangling.png", "pipe.log", "pipe-link.log");
        Link("kb/loop.png", "loop.png");
        Link("kb/ping.png", "pong.png");
        Link("kb/pong.png", "ping.png");
        Link("kb/dangling.png", "nowhere.png");
        Fifo("kb/pipe.log");
        Link("kb/pipe-link.log", "pipe.log");

        var run = await KbAsync(command == "build" ? new[] { "build", input, "--output", _temp.Combine("site") } : new[] { "check", input });

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var target in new[] { "loop.png", "ping.png", "dangling.png", "pipe.log", "pipe-link.log" })
        {
            Assert.Contains(run.Error.Split('\n'), l => l.Contains("warning KB4001", StringComparison.Ordinal) && l.Contains($"'{target}'", StringComparison.Ordinal));
        }

        AssertNothingLeftBesideTheSite();
    }

    [Fact]
    public async Task Loops_fifos_and_dangling_links_in_static_are_findings_at_their_path_and_nothing_hangs()
    {
        var input = KnowledgeBase();
        Directory.CreateDirectory(Path.Combine(input, "static", "img"));
        File.WriteAllText(Path.Combine(input, "static", "CNAME"), "kb.example.org\n");
        Link("kb/static/self", "self");
        Link("kb/static/dangling", "nowhere");
        Link("kb/static/img/again", "..");
        Directory.CreateSymbolicLink(_temp.Combine("kb", "static", "loop"), _temp.Combine("kb", "static"));
        Fifo("kb/static/pipe");
        var output = _temp.Combine("site");

        var run = await KbAsync("build", input, "--output", output);

        // As for postmortems: a file that cannot be read is an error, reported before anything is written.
        Assert.True(run.ExitCode == 1, run.Error);
        Assert.Contains(Path.Combine(input, "static") + "/pipe:1:1: error KB1011: not a regular file", run.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(input, "static") + "/self:1:1: error KB1011: a link that loops or leads nowhere", run.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(input, "static") + "/dangling:1:1: error KB1011: a link that loops or leads nowhere", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("static/img/again", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("static/loop", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        AssertNothingLeftBesideTheSite();
    }

    [Fact]
    public async Task Static_files_and_folders_that_link_outside_the_input_are_findings_and_never_published()
    {
        var input = KnowledgeBase();
        Directory.CreateDirectory(Path.Combine(input, "static"));
        Directory.CreateDirectory(_temp.Combine("elsewhere"));
        File.WriteAllText(_temp.Combine("elsewhere", "secret.txt"), "not for the site");
        Directory.CreateSymbolicLink(Path.Combine(input, "static", "etc"), _temp.Combine("elsewhere"));
        File.CreateSymbolicLink(Path.Combine(input, "static", "secret.txt"), _temp.Combine("elsewhere", "secret.txt"));

        var run = await KbAsync("check", input);

        Assert.True(run.ExitCode == 1, run.Error);
        Assert.Contains(Path.Combine(input, "static") + "/etc:1:1: error KB1011: a link to outside the input folder", run.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(input, "static") + "/secret.txt:1:1: error KB1011: a link to outside the input folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_files_and_links_that_stay_inside_the_input_are_copied()
    {
        var input = KnowledgeBase();
        Directory.CreateDirectory(Path.Combine(input, "static", "img"));
        Directory.CreateDirectory(Path.Combine(input, "assets"));
        File.WriteAllText(Path.Combine(input, "static", "CNAME"), "kb.example.org\n");
        File.WriteAllText(Path.Combine(input, "assets", "logo.svg"), "<svg/>");
        Link("kb/static/img/logo.svg", Path.Combine(input, "assets", "logo.svg"));
        Link("kb/static/img/again", "..");
        var output = _temp.Combine("site");

        var run = await KbAsync("build", input, "--output", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("kb.example.org\n", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(output, "img", "logo.svg")));
        Assert.False(Directory.Exists(Path.Combine(output, "img", "again")));
    }

    [Fact]
    public async Task A_postmortem_that_is_a_fifo_is_an_unreadable_file_not_a_hang()
    {
        var input = KnowledgeBase();
        Fifo("kb/b.md");

        var run = await KbAsync("check", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Error.Split('\n'), l => l.Contains("b.md:1:1: error KB1011: the file is not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kb_serve_keeps_serving_a_knowledge_base_that_links_to_a_loop()
    {
        var input = KnowledgeBase("loop.png");
        Link("kb/loop.png", "loop.png");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kb.dll"), "serve", input, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SOURCE_DATE_EPOCH"] = Kb.Epoch;
        using var serve = Process.Start(start)!;
        var serving = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var said = new System.Text.StringBuilder();
        serve.ErrorDataReceived += (_, e) =>
        {
            lock (said)
            {
                said.AppendLine(e.Data);
            }

            if (e.Data?.StartsWith("kb serve: serving ", StringComparison.Ordinal) == true)
            {
                serving.TrySetResult(e.Data);
            }
        };
        serve.BeginErrorReadLine();
        try
        {
            var line = await serving.Task.WaitAsync(Patience);
            var url = line[(line.IndexOf(" at ", StringComparison.Ordinal) + 4)..line.IndexOf(" (Ctrl+C", StringComparison.Ordinal)];
            using var http = new HttpClient { Timeout = Patience };

            var page = await http.GetAsync(url + "incidents/a/index.html");

            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
            Assert.False(serve.HasExited);
            lock (said)
            {
                Assert.Contains("warning KB4001", said.ToString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }
}
