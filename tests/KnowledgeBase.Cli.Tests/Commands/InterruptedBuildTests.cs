using System.Diagnostics;
using System.Runtime.InteropServices;
using KnowledgeBase.Cli.Tests.Support;
using Xunit.Sdk;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>A build killed while it writes leaves the previous site as it was; the next build cleans up after it.</summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>The numbers of the signals on Linux, where these tests run.</summary>
    internal static readonly Dictionary<string, int> Signals = new() { ["HUP"] = 1, ["INT"] = 2, ["TERM"] = 15 };

    public void Dispose() => _temp.Dispose();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [CorpusFact("public-postmortems")]
    public void Killing_kb_build_during_the_write_leaves_the_previous_site_intact()
    {
        var corpus = Path.Combine(Repo.Corpus, "public-postmortems");
        var output = _temp.Combine("site");
        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", output).ExitCode);
        var before = Hashes.Of(output);

        var killed = false;
        for (var attempt = 0; attempt < 5 && !killed; attempt++)
        {
            using var kb = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kb.dll"), "build", corpus, "--output", output])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            var watch = Stopwatch.StartNew();
            while (!kb.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (Directory.EnumerateDirectories(_temp.Path, ".site.staging-*").Any())
                {
                    kb.Kill(entireProcessTree: true);
                    kb.WaitForExit();
                    killed = true;
                    break;
                }

                Thread.Sleep(2);
            }
        }

        Assert.True(killed, "the build finished before it could be killed while writing");
        Assert.Equal(before, Hashes.Of(output));

        // The staging folder the killed build left behind is removed by the next build.
        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", output).ExitCode);
        Assert.Empty(Directory.EnumerateDirectories(_temp.Path, ".site.*"));
        Assert.Equal(before, Hashes.Of(output));
    }

    /// <summary>
    /// Ctrl+C (SIGINT), a cancelled CI job or a stopped container (SIGTERM), a closed terminal (SIGHUP): the build
    /// stops, and what it wrote beside the output (its staging folder, a whole site's worth) goes with it, at once.
    /// </summary>
    [Theory]
    [StopSignal("INT", 130)]
    [StopSignal("TERM", 143)]
    [StopSignal("HUP", 129)]
    public async Task A_build_stopped_by_a_signal_while_it_writes_removes_what_it_wrote_on_the_way_out(string signal, int exitCode)
    {
        var corpus = Path.Combine(Repo.Corpus, "public-postmortems");
        var output = _temp.Combine("site");
        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", output).ExitCode);
        var before = Hashes.Of(output);

        var stopped = false;
        var (code, said) = (0, "");
        for (var attempt = 0; attempt < 5 && !stopped; attempt++)
        {
            using var kb = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kb.dll"), "build", corpus, "--output", output])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            var error = kb.StandardError.ReadToEndAsync();
            var watch = Stopwatch.StartNew();
            while (!kb.HasExited && watch.Elapsed < TimeSpan.FromSeconds(120))
            {
                if (Directory.EnumerateDirectories(_temp.Path, ".site.staging-*").Any())
                {
                    // Sent from here, not by starting kill(1): on a busy machine starting a process took longer
                    // than the write, and the build finished first five times over.
                    Assert.Equal(0, Kill(kb.Id, Signals[signal]));

                    using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                    await kb.WaitForExitAsync(patience.Token);
                    // A build that finished before the signal landed says nothing about clean-up: try again.
                    stopped = kb.ExitCode != 0;
                    (code, said) = (kb.ExitCode, await error);
                    break;
                }

                await Task.Delay(2);
            }

            if (!kb.HasExited)
            {
                kb.Kill(entireProcessTree: true);
            }
        }

        Assert.True(stopped, "the build finished before it could be stopped while writing");
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Where(n => n != ".kb-cache"));
        Assert.Equal(before, Hashes.Of(output));
        Assert.Equal(exitCode, code);
        Assert.Contains($"kb build: stopped by SIG{signal}", said, StringComparison.Ordinal);
    }
}

/// <summary>
/// One row of the stop-signal theory: the signal and the exit code it gives. Skipped, with the reason, when
/// public-postmortems is absent, or when a program started from this test process begins with the signal
/// ignored: a shell gives a background job (`&amp;` without job control) SIGINT ignored and nohup gives SIGHUP
/// ignored, and a program rightly keeps such a signal ignored, so that row could only fail.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class StopSignalAttribute : DataAttribute
{
    private static readonly Lazy<ulong> IgnoredByChildren = new(ReadIgnoredByChildren);
    private readonly object[] _row;

    public StopSignalAttribute(string signal, int exitCode)
    {
        _row = [signal, exitCode];
        var number = InterruptedBuildTests.Signals[signal];
        Skip = Corpora.Missing("public-postmortems")
            ?? ((IgnoredByChildren.Value >> (number - 1) & 1) == 1
                ? $"SIG{signal} is ignored in the programs this test run starts (it was started by nohup, or as a background job): run the tests in the foreground to check it"
                : null);
    }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [_row];

    /// <summary>
    /// The signals a program started from here begins with ignored, read by starting one (cat reading its
    /// own status): what a kb started by the test inherits, whatever this process's runtime set for itself.
    /// </summary>
    private static ulong ReadIgnoredByChildren()
    {
        using var cat = Process.Start(new ProcessStartInfo("cat", ["/proc/self/status"]) { RedirectStandardOutput = true })!;
        var status = cat.StandardOutput.ReadToEnd();
        cat.WaitForExit();
        var line = status.Split('\n').FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is null ? 0 : Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
    }
}
