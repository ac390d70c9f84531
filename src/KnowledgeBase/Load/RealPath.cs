namespace KnowledgeBase.Load;

/// <summary>
/// Where a path really leads: every link on it, at any folder, replaced by its target, as the operating system
/// follows it. Comparing paths as text is not enough to keep a write inside a folder (or a site away from
/// the postmortems): <c>here -> .</c> makes <c>here</c> the input folder under another name.
/// </summary>
public static class RealPath
{
    /// <summary>Linux's own limit on links followed for one path; more than that is a loop.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>
    /// The absolute path with its links resolved; the part past the first name that does not exist yet is kept
    /// as written. <c>..</c> climbs from where a link led, not from the link's name, as the system does.
    /// </summary>
    /// <exception cref="IOException">The links loop.</exception>
    public static string Of(string path)
    {
        var absolute = Path.Combine(Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>(Parts(absolute[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of links in '{path}' (a link that leads to itself)");
            }

            // The target's parts are walked next: it may hold links and '..' of its own.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both real paths).</summary>
    public static bool IsWithin(string folder, string path)
    {
        var root = Path.TrimEndingDirectorySeparator(folder);
        return path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string[] Parts(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
