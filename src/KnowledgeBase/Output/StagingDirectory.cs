using System.Text;

namespace KnowledgeBase.Output;

/// <summary>
/// A folder beside the output folder that a build writes into; <see cref="Commit"/> swaps it in whole.
/// Until then the previous site is untouched, and disposing an uncommitted staging folder deletes it,
/// so a failed or interrupted build never leaves a half-written site.
/// </summary>
public sealed class StagingDirectory : ISiteFolder
{
    /// <summary>A file in every site we write, so we never replace a folder that holds anything else.</summary>
    public const string MarkerFile = Model.SitePaths.SiteMarker;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private bool _committed;

    private StagingDirectory(string output, string path)
    {
        _output = output;
        Root = path;
    }

    public string Root { get; }

    public static StagingDirectory Create(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new OutputException($"cannot write a site to '{output}'");
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file where a folder of the path should be, or no right to create it: the user's to fix.
            throw new OutputException($"cannot write a site to '{output}': {ex.Message}");
        }

        RemoveLeftovers(parent, Path.GetFileName(output));
        var path = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid().ToString("N")[..12]}");
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        var staging = new StagingDirectory(output, path);
        staging.WriteText(MarkerFile, "This folder is written by kb build and replaced whole on every build.\n");
        return staging;
    }

    /// <summary>
    /// A build that was killed cannot clean up after itself: its staging (or old) folder stays beside the
    /// output. The next build removes those, and only folders of that name that carry our marker.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { $".{name}.staging-*", $".{name}.old-*" })
        {
            foreach (var folder in Directory.EnumerateDirectories(parent, pattern))
            {
                if (File.Exists(Path.Combine(folder, MarkerFile)) || !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    public void CopyFile(string relativePath, string sourceFile)
    {
        var full = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(sourceFile, full, overwrite: true);
    }

    private string Resolve(string relativePath) => SiteFolderPaths.Resolve(Root, relativePath, "output folder");

    public bool Contains(string relativePath) => File.Exists(Resolve(relativePath));

    /// <summary>Replaces the output folder with the staging folder: two renames on the same volume.</summary>
    public void Commit()
    {
        if (File.Exists(_output))
        {
            throw new OutputException($"'{_output}' is a file, not a folder");
        }

        string? old = null;
        if (Directory.Exists(_output))
        {
            EnsureReplaceable(_output);
            old = Root.Replace(".staging-", ".old-", StringComparison.Ordinal);
            Directory.Move(_output, old);
        }

        Directory.Move(Root, _output);
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Only an empty folder or a site we wrote before may be replaced: never a folder of the user's.</summary>
    private static void EnsureReplaceable(string output)
    {
        if (Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            throw new OutputException(
                $"'{output}' is not empty and was not written by kb build; choose another --output folder or empty it first");
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
