using System.Diagnostics;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Distribution;

/// <summary>
/// kb as a user gets it: packed from the repository, installed from that package into a tool path, and
/// run on a PATH without Node.js, as on a machine that has only the .NET SDK. Packed once for a test class.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly TempFolder _temp = new();

    public InstalledTool()
    {
        var packages = _temp.Combine("packages");
        var tools = _temp.Combine("tools");
        Execute("dotnet", ["pack", Path.Combine(Repo.Root, "src", "KnowledgeBase.Cli"), "-c", "Release", "-o", packages, "-p:UseAppHost=true"]);
        Execute("dotnet", ["tool", "install", "KnowledgeBase.Tool", "--tool-path", tools, "--add-source", packages, "--version", "0.1.0"]);
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
