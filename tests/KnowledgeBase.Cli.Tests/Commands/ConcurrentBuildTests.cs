using System.Diagnostics;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>
/// Two builds started at once into the same output: one writes the site, whole; the other says another
/// build is writing, and touches nothing. Never half a site, never a crash.
/// </summary>
public sealed class ConcurrentBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [CorpusFact("public-postmortems")]
    public async Task Builds_into_one_output_at_once_exclude_each_other_and_the_site_is_whole()
    {
        var corpus = Path.Combine(Repo.Corpus, "public-postmortems");
        var output = _temp.Combine("site");
        var reference = _temp.Combine("reference");
        Assert.Equal(0, Kb.Run("build", corpus, "--output", reference).ExitCode);
        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", output).ExitCode);

        var builds = Enumerable.Range(0, 3).Select(_ => Start("build", corpus, "--output", output)).ToList();
        var results = await Task.WhenAll(builds.Select(FinishAsync));

        Assert.All(results, r => Assert.True(r.ExitCode is 0 or 2, $"exit {r.ExitCode}: {r.Error}"));
        Assert.Contains(results, r => r.ExitCode == 0);
        Assert.All(results.Where(r => r.ExitCode == 2), r => Assert.Contains($"kb build: another kb build is writing '{output}'", r.Error, StringComparison.Ordinal));
        Assert.Equal(Hashes.Of(reference), Hashes.Of(output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Path, ".site*"));
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kb.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SOURCE_DATE_EPOCH"] = Kb.Epoch;
        return Process.Start(start)!;
    }

    private static async Task<KbRun> FinishAsync(Process process)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(patience.Token);
            return new KbRun(process.ExitCode, await output, await error);
        }
    }
}
