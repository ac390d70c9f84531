using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>
/// Runs real lunr.js (installed by <c>npm ci</c> in theme/) under node with lunr-harness.js, for the
/// conformance tests that compare our C# port with it.
/// </summary>
internal static class LunrJs
{
    public static string RepoRoot { get; } = FindRoot();

    public static string LunrPath => Path.Combine(RepoRoot, "theme", "node_modules", "lunr", "lunr.js");

    public static JsonNode Run(JsonObject input)
    {
        if (!File.Exists(LunrPath))
        {
            throw new InvalidOperationException($"{LunrPath} is missing: run 'npm ci --prefix theme' (the test command does).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "kb-lunr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var inputFile = Path.Combine(folder, "input.json");
            var outputFile = Path.Combine(folder, "output.json");
            File.WriteAllText(inputFile, input.ToJsonString());
            var harness = Path.Combine(AppContext.BaseDirectory, "Analysis", "Search", "lunr-harness.js");
            var start = new ProcessStartInfo("node", [harness, LunrPath, inputFile, outputFile])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("lunr-harness.js did not finish in 5 minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("lunr-harness.js failed: " + error.Result);
            }

            return JsonNode.Parse(File.ReadAllText(outputFile), documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeBase.sln not found above " + AppContext.BaseDirectory);
    }
}
