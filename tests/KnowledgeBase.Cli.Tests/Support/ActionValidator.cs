using System.Diagnostics;

namespace KnowledgeBase.Cli.Tests.Support;

/// <summary>
/// Checks a GitHub Actions workflow against the workflow schema with action-validator, pinned by
/// <c>tests/tools/package-lock.json</c> and installed by the README's test command (<c>npm ci --prefix tests/tools</c>).
/// </summary>
internal static class ActionValidator
{
    public static string Program { get; } = Path.Combine(Repo.Root, "tests", "tools", "node_modules", ".bin", "action-validator");

    /// <summary>
    /// Runs the validator on one workflow file, from the root of the repository it belongs to (it resolves
    /// the workflow's path filters from there); returns its exit code (0: valid) and what it printed.
    /// </summary>
    public static (int ExitCode, string Output) Validate(string workflow, string repositoryRoot)
    {
        if (!File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing: run `npm ci --prefix tests/tools` (tests/run-all.sh does).");
        }

        var start = new ProcessStartInfo(Program, [workflow])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Plain text in the failure message, not terminal colors.
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            throw new TimeoutException($"action-validator did not finish on {workflow}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
