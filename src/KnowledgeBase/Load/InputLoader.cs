using System.IO.Enumeration;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;

namespace KnowledgeBase.Load;

/// <summary>
/// Finds and reads every postmortem file under the input folder (the <c>*.md</c> files the
/// <see cref="FileSelection"/> takes), in ordinal order of their paths, so that nothing downstream depends
/// on the order the file system lists them in. Hidden folders, <c>node_modules</c> and sites kb built
/// (the output folder, wherever it lies) are skipped; links that lead outside the input folder are refused.
/// </summary>
/// <param name="outputDirectory">The folder the site is written to, when it lies inside the input folder.</param>
public sealed class InputLoader(InputLimits limits, FileSelection? selection = null, string? outputDirectory = null)
{
    private readonly FileSelection _selection = selection ?? FileSelection.Default;

    /// <summary>The folder of the input whose files are copied to the site's root unchanged.</summary>
    public const string StaticFolder = "static";

    /// <summary>
    /// Reads every file and hands each to <paramref name="use"/> as soon as it is read, on every core; the
    /// results come back in path order, one per file that could be read. A caller that keeps only what it
    /// made of a text lets the text go at once: a large input's texts are never all held together.
    /// </summary>
    public (IReadOnlyList<T> Results, int Found) LoadEach<T>(string inputDirectory, DiagnosticBag diagnostics, Func<SourceFile, T> use)
    {
        var root = Path.GetFullPath(inputDirectory);
        var paths = Enumerate(root, diagnostics, outputDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)))
            .Select(full => (Full: full, Relative: Path.GetRelativePath(root, full).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToList();

        if (paths.Count == 0)
        {
            diagnostics.Warning(".", SourcePosition.Start, DiagnosticCodes.NoPostmortems,
                $"no postmortem files (*.md) found in '{inputDirectory}'");
        }

        if (paths.Count > limits.MaxFiles)
        {
            diagnostics.Error(".", SourcePosition.Start, DiagnosticCodes.FileTooLarge,
                $"{paths.Count} postmortem files exceed the limit of {limits.MaxFiles}");
            return ([], paths.Count);
        }

        var results = new (bool Read, T Result)[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            if (Read(root, paths[i].Full, paths[i].Relative, diagnostics) is { } file)
            {
                results[i] = (true, use(file));
            }
        });
        return ([.. results.Where(r => r.Read).Select(r => r.Result)], paths.Count);
    }

    private SourceFile? Read(string root, string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        try
        {
            var info = new FileInfo(fullPath);
            // The attributes come with the file's status, which the size check reads anyway; only a link
            // costs the extra call that reads where it leads.
            if ((info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
                if (target is null || !target.Exists || !IsInside(root, target.FullName))
                {
                    diagnostics.Error(relativePath, SourcePosition.Start, DiagnosticCodes.UnreadableFile,
                        "the file is a link to outside the input folder; it is not read");
                    return null;
                }

                // The size that matters is the size of what the link leads to.
                info = target;
            }

            if (!RegularFile.Is(fullPath))
            {
                // Reading a FIFO would wait for ever for something to write to it.
                diagnostics.Error(relativePath, SourcePosition.Start, DiagnosticCodes.UnreadableFile,
                    "the file is not a regular file (a FIFO, a device or a socket); it is not read");
                return null;
            }

            if (info.Length > limits.MaxFileBytes)
            {
                diagnostics.Error(relativePath, SourcePosition.Start, DiagnosticCodes.FileTooLarge,
                    $"the file has {info.Length:N0} bytes, over the limit of {limits.MaxFileBytes:N0}");
                return null;
            }

            var bytes = File.ReadAllBytes(fullPath);
            var text = TextDecoder.Decode(bytes, relativePath, diagnostics);
            return text is null ? null : new SourceFile(relativePath, fullPath, text);
        }
        catch (IOException ex)
        {
            diagnostics.Error(relativePath, SourcePosition.Start, DiagnosticCodes.UnreadableFile, "cannot read the file: " + ex.Message);
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Error(relativePath, SourcePosition.Start, DiagnosticCodes.UnreadableFile, "cannot read the file: " + ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Every postmortem below the root. Folders that are links are not entered: one inside the input
    /// folder is read through its real path anyway (and could loop), one outside it is refused.
    /// </summary>
    private List<string> Enumerate(string root, DiagnosticBag diagnostics, string? output)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var linkedFolders = new List<string>();
        var files = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && entry.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && _selection.IsPostmortem(Path.GetRelativePath(root, entry.ToFullPath()).Replace('\\', '/')),
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                if (entry.FileName.StartsWith('.') || entry.FileName.SequenceEqual("node_modules"))
                {
                    return false;
                }

                // static/ at the root holds files copied to the site as they are (CNAME, favicon), not postmortems.
                if (entry.FileName.SequenceEqual(StaticFolder) && Path.TrimEndingDirectorySeparator(entry.Directory.ToString()) == Path.TrimEndingDirectorySeparator(root))
                {
                    return false;
                }

                // A site kb built (it carries the marker) holds pages, not postmortems, even inside the input.
                var full = entry.ToFullPath();
                if (full == output || File.Exists(Path.Combine(full, Model.SitePaths.SiteMarker)))
                {
                    return false;
                }

                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    linkedFolders.Add(full);
                    return false;
                }

                return true;
            },
        }.ToList();

        foreach (var folder in linkedFolders)
        {
            var target = new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null || !IsInside(root, target))
            {
                diagnostics.Error(Path.GetRelativePath(root, folder).Replace('\\', '/'), SourcePosition.Start, DiagnosticCodes.UnreadableFile,
                    "the folder is a link to outside the input folder; its files are not read");
            }
        }

        return files;
    }

    public static bool IsInside(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal);
    }
}
