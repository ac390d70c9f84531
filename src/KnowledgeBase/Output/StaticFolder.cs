using KnowledgeBase.Load;

namespace KnowledgeBase.Output;

/// <summary>
/// The files of <c>INPUT/static/</c> to copy to the site, found without ever looping or hanging: a linked
/// folder is entered unless it leads back to a folder being walked (<c>static/again -> .</c> would be
/// entered for ever), and only regular files are listed. A FIFO would hang the copy until something wrote
/// to it, a device could be endless, and a link that loops or leads nowhere cannot be read: those are
/// left out, each with the reason.
/// </summary>
internal static class StaticFolder
{
    /// <param name="skipped">Receives each file left out, with why.</param>
    /// <returns>Full paths, in no particular order.</returns>
    public static List<string> Files(string folder, ICollection<(string Path, string Reason)> skipped)
    {
        var files = new List<string>();
        Walk(folder, files, skipped, new HashSet<string>(StringComparer.Ordinal));
        return files;
    }

    private static void Walk(string folder, List<string> files, ICollection<(string, string)> skipped, HashSet<string> walking)
    {
        string real;
        try
        {
            real = RealPath.Of(folder);
        }
        catch (IOException)
        {
            skipped.Add((folder, "a link that loops"));
            return;
        }

        if (!walking.Add(real))
        {
            // A link back to a folder this walk is inside: its files are listed already.
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            if (Directory.Exists(entry))
            {
                Walk(entry, files, skipped, walking);
            }
            else if (RegularFile.Is(entry))
            {
                files.Add(entry);
            }
            else
            {
                skipped.Add((entry, new FileInfo(entry).LinkTarget is null
                    ? "not a regular file (a FIFO, a device or a socket)"
                    : "a link that loops or leads nowhere"));
            }
        }

        walking.Remove(real);
    }
}
