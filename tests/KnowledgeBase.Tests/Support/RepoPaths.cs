namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Well-known folders, found from the test binaries by walking up to the folder that holds KnowledgeBase.sln.
/// The shared corpus lives beside the repository (CI clones it to &lt;repo&gt;/../shared).
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string SharedCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static string PublicPostmortems => Path.Combine(SharedCorpus, "public-postmortems");

    public static string BadCorpus => Path.Combine(SharedCorpus, "bad");

    /// <summary>Null when every folder of ../shared/corpus named is there, else why a test that reads them is skipped.</summary>
    public static string? MissingCorpus(params string[] folders) =>
        folders.Select(f => Path.Combine(SharedCorpus, f)).Where(p => !Directory.Exists(p))
            .Select(p => $"needs {p} (the shared corpus beside the repository), which this checkout does not have")
            .FirstOrDefault();

    /// <summary>A file of this test project's source folder (specs live beside the tests that read them).</summary>
    public static string TestSource(params string[] parts) =>
        Path.Combine([Root, "tests", "KnowledgeBase.Tests", .. parts]);

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
