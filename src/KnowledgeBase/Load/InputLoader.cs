using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Load;

/// <summary>
/// Finds and reads every <c>*.md</c> file under the input folder, in ordinal order of their paths, so
/// that nothing downstream depends on the order the file system lists them in. Hidden folders and
/// <c>node_modules</c> are skipped; links that lead outside the input folder are refused.
/// </summary>
public sealed class InputLoader(InputLimits limits)
{
    public IReadOnlyList<SourceFile> Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(inputDirectory);
        var paths = Enumerate(root)
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
            return [];
        }

        var files = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, i => files[i] = Read(root, paths[i].Full, paths[i].Relative, diagnostics));
        return [.. files.Where(f => f is not null).Select(f => f!)];
    }

    private SourceFile? Read(string root, string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || !IsInside(root, target))
                {
                    diagnostics.Error(relativePath, SourcePosition.Start, DiagnosticCodes.UnreadableFile,
                        "the file is a link to outside the input folder; it is not read");
                    return null;
                }
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

    private static IEnumerable<string> Enumerate(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
        };

        return Directory.EnumerateFiles(root, "*.md", options)
            .Where(p => !Path.GetRelativePath(root, p).Split(Path.DirectorySeparatorChar)
                .Any(segment => segment.StartsWith('.') || segment is "node_modules"));
    }

    public static bool IsInside(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal);
    }
}
