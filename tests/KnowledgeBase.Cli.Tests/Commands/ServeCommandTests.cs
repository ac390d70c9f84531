using System.Diagnostics;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary><c>kb serve</c>'s own folder: where it cannot be made, a clear message instead of a crash.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_temporary_folder_where_kb_serve_cannot_make_its_folder_is_a_clear_error()
    {
        // $TMPDIR/kb-serve is where the served site goes; a file there stands for any folder that cannot be made.
        File.WriteAllText(_temp.Combine("kb-serve"), "in the way");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kb.dll"), "serve", Repo.Input, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TMPDIR"] = _temp.Path;
        start.Environment["SOURCE_DATE_EPOCH"] = Kb.Epoch;

        using var serve = Process.Start(start)!;
        var reading = serve.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await serve.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            serve.Kill(entireProcessTree: true);
            Assert.Fail("kb serve kept running");
        }

        var error = await reading;
        Assert.Equal(2, serve.ExitCode);
        Assert.Contains($"kb serve: cannot make a folder for the served site in '{Path.Combine(_temp.Path, "kb-serve")}'", error, StringComparison.Ordinal);
        Assert.Contains("TMPDIR", error, StringComparison.Ordinal);
    }
}
