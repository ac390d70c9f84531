using System.Security.Cryptography;

namespace KnowledgeBase.Tests.Support;

/// <summary>Whole-folder helpers: copies, and snapshots of every file's SHA-256 by relative path.</summary>
public static class FileTree
{
    /// <summary>Relative path (forward slashes) → SHA-256 of the content, for every file under <paramref name="root"/>.</summary>
    public static SortedDictionary<string, string> Hashes(string root)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            hashes[relative] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return hashes;
    }

    /// <summary>Copies a folder; <paramref name="reverse"/> writes the files in reverse ordinal order of their paths.</summary>
    public static void Copy(string source, string destination, bool reverse = false)
    {
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(source, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (reverse)
        {
            files.Reverse();
        }

        Directory.CreateDirectory(destination);
        foreach (var relative in files)
        {
            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(source, relative), target);
        }
    }

    /// <summary>The sibling entries of <paramref name="folder"/> in its parent whose names start with '.' + its name (staging leftovers).</summary>
    public static IReadOnlyList<string> StagingLeftovers(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        return [.. Directory.EnumerateFileSystemEntries(parent, "." + name + ".*")];
    }
}
