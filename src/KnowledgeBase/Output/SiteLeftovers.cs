namespace KnowledgeBase.Output;

/// <summary>
/// What earlier builds left beside the output folder: the staging or old folders of builds that were killed
/// or failed to delete them, and how a site folder is deleted so that one whose deletion fails is still
/// known for kb's own. Only empty folders and folders carrying the marker
/// (<see cref="StagingDirectory.MarkerFile"/>) are ever taken or deleted.
/// </summary>
internal static class SiteLeftovers
{
    /// <summary>
    /// A build that was killed cannot clean up after itself: its staging (or old) folder stays beside the
    /// output. The next build removes those, and only folders of that name that carry our marker. Only one
    /// build writes an output at a time (<see cref="OutputLock"/>), so none of them is another build's.
    /// One that cannot be removed stops the build: left alone, a site's worth of files would pile up
    /// beside the output build after build. When the build keeps a spare site and has none, the first of
    /// them becomes it instead: moving it costs nothing, deleting it a site's worth of files.
    /// </summary>
    public static void Remove(string parent, string name, string? spareSite)
    {
        foreach (var pattern in new[] { $".{name}.staging-*", $".{name}.old-*" })
        {
            foreach (var folder in Directory.EnumerateDirectories(parent, pattern))
            {
                var marked = File.Exists(Path.Combine(folder, StagingDirectory.MarkerFile));
                if (marked && spareSite is not null && new DirectoryInfo(folder).LinkTarget is null && SpareSite.TryKeep(folder, spareSite))
                {
                    continue;
                }

                if (marked || !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    try
                    {
                        DeleteSite(folder);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        throw new OutputException($"cannot delete '{folder}', left beside the output by an earlier build: {ex.Message}; delete it by hand");
                    }
                }
            }
        }
    }

    /// <summary>
    /// Deletes a site folder with its marker last: one whose deletion fails halfway still carries the marker,
    /// so the next build knows it for one of its own and tries again.
    /// </summary>
    public static void DeleteSite(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name == StagingDirectory.MarkerFile)
            {
                continue;
            }

            if (entry is DirectoryInfo { LinkTarget: null } subfolder)
            {
                subfolder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }

        Directory.Delete(folder, recursive: true);
    }
}
