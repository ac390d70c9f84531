using System.Diagnostics;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Distribution;

/// <summary>
/// `dotnet pack` makes a dotnet tool that carries the theme and lunr.js: installed from the local package
/// into a tool path, it builds the sample into the same bytes as the command line under test.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SOURCE_DATE_EPOCH"] = Kb.Epoch;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{file} {string.Join(' ', args)} did not finish");
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}: {output.Result}{error.Result}");
    }

    [Fact]
    public void The_packed_tool_installs_and_builds_the_sample_like_the_command_line()
    {
        var packages = _temp.Combine("packages");
        var tools = _temp.Combine("tools");
        Run("dotnet", "pack", Path.Combine(Repo.Root, "src", "KnowledgeBase.Cli"), "-c", "Release", "-o", packages, "-p:UseAppHost=true");
        Run("dotnet", "tool", "install", "KnowledgeBase.Tool", "--tool-path", tools, "--add-source", packages, "--version", "0.1.0");

        Run(Path.Combine(tools, "kb"), "build", Repo.Input, "--output", _temp.Combine("from-tool"));
        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", _temp.Combine("from-tests")).ExitCode);

        Assert.True(File.Exists(_temp.Combine("from-tool", "assets", "vendor", "lunr.min.js")));
        Assert.Equal(Hashes.Of(_temp.Combine("from-tests")), Hashes.Of(_temp.Combine("from-tool")));
    }
}
