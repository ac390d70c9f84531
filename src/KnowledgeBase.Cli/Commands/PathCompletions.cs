using System.CommandLine.Completions;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// Completions for arguments and options that name a folder or a postmortem. A shell completes paths by
/// itself only when the program suggests nothing, and kb always suggests its options, so it suggests the
/// paths too: folders with a trailing slash (the next Tab goes inside), files only where a file is wanted.
/// </summary>
internal static class PathCompletions
{
    public static IEnumerable<CompletionItem> Folders(CompletionContext context) => Complete(context.WordToComplete, null);

    public static IEnumerable<CompletionItem> FoldersAndMarkdown(CompletionContext context) => Complete(context.WordToComplete, ".md");

    public static IEnumerable<CompletionItem> FoldersAndYaml(CompletionContext context) => Complete(context.WordToComplete, ".yml");

    private static List<CompletionItem> Complete(string word, string? fileExtension)
    {
        var split = word.LastIndexOfAny(['/', Path.DirectorySeparatorChar]) + 1;
        var (folder, start) = (word[..split], word[split..]);
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder.Length == 0 ? "." : folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            // A folder that is not there (yet), or not ours to read: nothing to suggest, and never an error.
            return [];
        }

        // Hidden entries (.git, the staging folders of kb build) only when the word asks for them.
        return entries
            .Where(e => e.Name.StartsWith(start, StringComparison.Ordinal) && (start.StartsWith('.') || !e.Name.StartsWith('.')))
            .Where(e => e is DirectoryInfo || (fileExtension is not null && e.Name.EndsWith(fileExtension, StringComparison.OrdinalIgnoreCase)))
            .Select(e => folder + e.Name + (e is DirectoryInfo ? "/" : ""))
            .Order(StringComparer.Ordinal)
            .Select(path => new CompletionItem(path))
            .ToList();
    }
}
