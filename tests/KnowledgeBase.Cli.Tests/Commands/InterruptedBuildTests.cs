using System.Diagnostics;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>A build killed while it writes leaves the previous site as it was; the next build cleans up after it.</summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
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
}
