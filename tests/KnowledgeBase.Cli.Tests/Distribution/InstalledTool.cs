using System.Diagnostics;
using KnowledgeBase.Cli.Init;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Distribution;

/// <summary>
/// kb as a user gets it: packed from the repository and installed from that package into a tool path by the
/// very script of the CI that kb init writes (its install action's "Build kb and install it" step, run on this
/// repository's source), then run on a PATH without Node.js, as on a machine that has only the .NET SDK.
/// Packed once for a test class.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly TempFolder _temp = new();

    public InstalledTool()
    {
        var knowledgeBase = _temp.Combine("kb");
        Assert.Equal(0, Kb.Run("init", knowledgeBase).ExitCode);
        var install = ActionStep.Named(Path.Combine(knowledgeBase, StarterFiles.InstallAction), "Build kb and install it");
        var tools = _temp.Combine("tools");
        var environment = new Dictionary<string, string>
        {
            // The checkout of KnowledgeBase that the action makes: here, the repository under test.
            ["KB_SOURCE"] = Repo.Root,
            ["KB_PACKAGES"] = _temp.Combine("packages"),
            ["KB_TOOL"] = tools,
        };
        Assert.Equal(install.Environment.Order(StringComparer.Ordinal), environment.Keys.Order(StringComparer.Ordinal));
        // As GitHub runs a bash step (-e, pipefail), and -u: a variable the step uses but no longer sets fails here.
        Execute("bash", ["--noprofile", "--norc", "-euo", "pipefail", "-c", install.Run], environment);
        Program = Path.Combine(tools, "kb");
        PathWithoutNode = NodeFreePath.Create(_temp.Path);
    }

    /// <summary>The installed command.</summary>
    public string Program { get; }

    /// <summary>The PATH the installed kb runs with: the test's own, without any folder that holds node.</summary>
    public string PathWithoutNode { get; }

    /// <summary>Runs the installed kb with <see cref="PathWithoutNode"/>; fails the test unless it exits 0.</summary>
    public void Run(params string[] args) => Execute(Program, args, new Dictionary<string, string>
    {
        ["PATH"] = PathWithoutNode,
        // The launcher of a tool finds .NET through DOTNET_ROOT, whatever PATH holds.
        ["DOTNET_ROOT"] = NodeFreePath.DotnetRoot(),
    });

    private static void Execute(string file, string[] args, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SOURCE_DATE_EPOCH"] = Kb.Epoch;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{file} {string.Join(' ', args)} did not finish");
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}: {output.Result}{error.Result}");
    }

    public void Dispose() => _temp.Dispose();
}
