namespace KnowledgeBase.Cli.Tests.Support;

/// <summary>
/// A PATH like the test's own, but on which no Node.js can be found: what a machine with only the .NET SDK
/// offers a program. Every folder holding <c>node</c> (or Debian's <c>nodejs</c>) is dropped; <c>dotnet</c>
/// stays reachable: when it shared a folder with node, through a new folder holding only a link to it.
/// </summary>
internal static class NodeFreePath
{
    private static readonly string[] NodeNames = ["node", "nodejs"];

    public static string Create(string scratch)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var kept = folders.Where(f => !NodeNames.Any(name => File.Exists(Path.Combine(f, name)))).ToList();
        if (!kept.Any(f => File.Exists(Path.Combine(f, "dotnet"))))
        {
            var dotnetOnly = Path.Combine(scratch, "dotnet-only");
            Directory.CreateDirectory(dotnetOnly);
            File.CreateSymbolicLink(Path.Combine(dotnetOnly, "dotnet"), Path.Combine(DotnetRoot(), "dotnet"));
            kept.Insert(0, dotnetOnly);
        }

        return string.Join(Path.PathSeparator, kept);
    }

    /// <summary>Whether a program of that name can be found on the PATH given.</summary>
    public static bool Finds(string path, string program) =>
        path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(f => File.Exists(Path.Combine(f, program)));

    /// <summary>
    /// The .NET installation the tests run on, for DOTNET_ROOT: a tool's launcher looks for .NET there
    /// first. The runtime's own files are in <c>ROOT/shared/Microsoft.NETCore.App/VERSION/</c>.
    /// </summary>
    public static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
}
