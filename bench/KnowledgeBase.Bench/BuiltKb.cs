namespace KnowledgeBase.Bench;

/// <summary>The <c>kb</c> a user runs, as <c>dotnet build src/KnowledgeBase.Cli -c Release</c> leaves it.</summary>
public static class BuiltKb
{
    /// <summary>Its path, or null after saying how to build it.</summary>
    public static string? Find(string repo)
    {
        var kb = Path.Combine(repo, "src", "KnowledgeBase.Cli", "bin", "Release", "net10.0", "kb.dll");
        if (File.Exists(kb))
        {
            return kb;
        }

        Console.Error.WriteLine($"build kb first: dotnet build src/KnowledgeBase.Cli -c Release ({kb} is missing)");
        return null;
    }
}
