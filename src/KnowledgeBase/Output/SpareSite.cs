using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace KnowledgeBase.Output;

/// <summary>
/// A site an earlier build replaced, kept in the build cache and taken back as the next build's staging
/// folder. That build finds most of its folders and files already there: it leaves a file alone when its
/// bytes are the ones it would write, writes the others anew, and removes at the end whatever it did not
/// write. The site it replaces then becomes the next spare.
/// </summary>
/// <remarks>
/// Why: without a spare every build creates all of its folders (one per incident) and deletes all of the
/// previous site's. ext4 without a journal, as on this project's build machines, does not hand out an inode
/// freed in the last minutes, and searches past each such one for every new folder or file: creating
/// 14,000 folders with a page each took 1.4–2.5 s, and 9–18 s right after as many were deleted. A
/// one-file build of 10,000 long-tailed postmortems went from 31.8 to 26.7 s (farm-bench pairs, system time
/// 8.1 to 4.6 s).
/// <para>
/// Safety: the spare shares most files with the live site (<see cref="PreviousSite"/> links them), so a file in
/// it is never written in place, only removed and created again: the live site stays as it was until the
/// swap. Anything in it the build would not write (a link, a file where a folder belongs, a page that no
/// longer exists) is removed, never followed, so nothing outside the staging folder is read or written
/// through it. Safe from several threads at once, each writing its own paths.
/// </para>
/// </remarks>
internal sealed class SpareSite
{
    private readonly string _root;

    /// <summary>Folders this build made sure of: real folders now, kept at the end.</summary>
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>Files this build wrote or found already right: kept at the end.</summary>
    private readonly ConcurrentDictionary<string, bool> _files = new(StringComparer.Ordinal);

    private readonly Lock _making = new();

    private SpareSite(string root) => _root = root;

    /// <summary>
    /// Moves the spare at <paramref name="spare"/> to <paramref name="staging"/> when it is a site kb wrote
    /// (a real folder with the marker); null when there is none such, and then nothing was moved.
    /// </summary>
    public static SpareSite? TryTake(string spare, string staging)
    {
        try
        {
            var folder = new DirectoryInfo(spare);
            if (folder.LinkTarget is not null || File.Exists(spare) || (folder.Exists && !folder.EnumerateFileSystemInfos().Any()))
            {
                // A link (not ours to follow), a file or an empty folder: the name goes, so that the replaced
                // site can be kept there.
                Remove(spare);
                return null;
            }

            if (!folder.Exists || !File.Exists(Path.Combine(spare, StagingDirectory.MarkerFile)) || IgnoresCase(spare))
            {
                return null;
            }

            Directory.Move(spare, staging);
            return new SpareSite(staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Moves a site folder kb wrote to <paramref name="spare"/>, to be the next build's staging folder, when
    /// nothing is there yet; false when it stays where it was.
    /// </summary>
    public static bool TryKeep(string folder, string spare)
    {
        try
        {
            if (Path.Exists(spare) || IgnoresCase(folder))
            {
                return false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(spare)!);
            Directory.Move(folder, spare);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether names ignore case on the file system <paramref name="path"/> (an existing entry) is on:
    /// Windows, macOS, a case-folding Linux volume. There a page whose name changed only in case would land
    /// in the old entry, which the clean-up at the end, comparing names exactly, would then remove: no spare
    /// is kept or used there. A name without letters cannot tell, and is taken to keep case.
    /// </summary>
    private static bool IgnoresCase(string path)
    {
        var name = Path.GetFileName(path);
        var other = name.ToUpperInvariant();
        if (string.Equals(other, name, StringComparison.Ordinal))
        {
            other = name.ToLowerInvariant();
        }

        return !string.Equals(other, name, StringComparison.Ordinal) && Path.Exists(Path.Combine(Path.GetDirectoryName(path)!, other));
    }

    /// <summary>Whether the file at <paramref name="path"/> already holds <paramref name="content"/>; then it is kept as it is.</summary>
    public bool Holds(string path, ReadOnlySpan<byte> content)
    {
        if (!SameFile.Holds(path, content))
        {
            return false;
        }

        _files[path] = true;
        return true;
    }

    /// <summary>Whether this build wrote the file at <paramref name="path"/>, or found it already right.</summary>
    public bool Wrote(string path) => _files.ContainsKey(path);

    /// <summary>Clears <paramref name="path"/> for a new file: whatever is there goes, as a name (a link is not followed).</summary>
    public void Clear(string path)
    {
        Remove(path);
        _files[path] = true;
    }

    /// <summary>Makes <paramref name="folder"/> (inside the staging folder) and each folder above it a real folder.</summary>
    public void MakeFolder(string folder)
    {
        if (folder.Length <= _root.Length || _folders.ContainsKey(folder))
        {
            return;
        }

        MakeFolder(Path.GetDirectoryName(folder)!);
        // One thread at a time: two that both found no folder here could otherwise remove what the other
        // just made, and a file written into it.
        lock (_making)
        {
            if (!_folders.ContainsKey(folder))
            {
                if (new DirectoryInfo(folder) is not { Exists: true, LinkTarget: null })
                {
                    Remove(folder);
                    Directory.CreateDirectory(folder);
                }

                _folders[folder] = true;
            }
        }
    }

    /// <summary>Removes every file and folder this build did not write or make sure of.</summary>
    public void RemoveUnwritten() => RemoveUnwritten(_root);

    private void RemoveUnwritten(string folder)
    {
        // Names only: a folder this build made sure of is a real one, and anything else it did not write
        // goes, whatever it is (only what goes is looked at further).
        var entries = new FileSystemEnumerable<string>(folder, static (ref entry) => entry.ToFullPath(), Everything);
        foreach (var path in entries.ToList())
        {
            if (_folders.ContainsKey(path))
            {
                RemoveUnwritten(path);
            }
            else if (!_files.ContainsKey(path))
            {
                Remove(path);
            }
        }
    }

    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>Removes the entry at <paramref name="path"/> if any: a link or a file by its name, a real folder with all it holds.</summary>
    private static void Remove(string path)
    {
        if (new DirectoryInfo(path) is { Exists: true, LinkTarget: null })
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }
}
