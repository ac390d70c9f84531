using KnowledgeBase.Load;

namespace KnowledgeBase.Output;

/// <summary>
/// The files of <c>INPUT/static/</c> the site copies to its root, chosen as the postmortems are: only
/// regular files whose real path (every link on the way resolved) lies inside the input folder. A folder
/// link to elsewhere (<c>static/etc -> /etc</c>) would publish the machine's files; a FIFO would hang the
/// copy until something wrote to it; a link that loops or leads nowhere cannot be read. Those are left
/// out, each with the reason, and the walk never loops: a linked folder that leads back to one being
/// walked is not entered again.
/// </summary>
public static class StaticFolder
{
    /// <summary>The files to copy and the ones left out, by path relative to <c>static/</c> ('/'-separated), in ordinal order.</summary>
    public sealed record Listing(IReadOnlyList<string> Files, IReadOnlyList<(string Path, string Reason)> Skipped);

    public static Listing List(string inputDirectory)
    {
        var folder = Path.Combine(Path.GetFullPath(inputDirectory), InputLoader.StaticFolder);
        if (!Directory.Exists(folder))
        {
            return new Listing([], []);
        }

        var files = new List<string>();
        var skipped = new List<(string, string)>();
        var input = RealPath.Of(inputDirectory);
        Walk(folder, folder, input, files, skipped, new HashSet<string>(StringComparer.Ordinal));
        return new Listing([.. files.Order(StringComparer.Ordinal)], [.. skipped.OrderBy(s => s.Item1, StringComparer.Ordinal)]);
    }

    private static void Walk(string root, string folder, string input, List<string> files, List<(string, string)> skipped, HashSet<string> walking)
    {
        string real;
        try
        {
            real = RealPath.Of(folder);
        }
        catch (IOException)
        {
            skipped.Add((Relative(root, folder), "a link that loops"));
            return;
        }

        if (!RealPath.IsWithin(input, real))
        {
            skipped.Add((Relative(root, folder), "a link to outside the input folder"));
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
                Walk(root, entry, input, files, skipped, walking);
            }
            else if (!RegularFile.Is(entry))
            {
                skipped.Add((Relative(root, entry), new FileInfo(entry).LinkTarget is null
                    ? "not a regular file (a FIFO, a device or a socket)"
                    : "a link that loops or leads nowhere"));
            }
            else if (!RealPath.IsWithin(input, RealPath.Of(entry)))
            {
                skipped.Add((Relative(root, entry), "a link to outside the input folder"));
            }
            else
            {
                files.Add(Relative(root, entry));
            }
        }

        walking.Remove(real);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
