namespace KnowledgeBase.Output;

/// <summary>
/// Defence in depth for every folder a site is written to: a relative path must land inside it,
/// whatever a slug or file name held. Validation already refuses such names; this refuses them again
/// at the last moment.
/// </summary>
internal static class SiteFolderPaths
{
    /// <param name="root">The folder's full path, without a trailing separator.</param>
    /// <param name="folderName">How messages name the folder ("output folder", "served folder").</param>
    public static string Resolve(string root, string relativePath, string folderName)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OutputException($"refusing to write '{relativePath}' outside the {folderName}");
        }

        return full;
    }
}
