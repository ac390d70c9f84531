namespace KnowledgeBase.Incremental;

/// <summary>
/// What every cache of a build shares: the identity of the code that made an entry, and removing files
/// where a failure costs only time (the cache is never needed for a correct build).
/// </summary>
public static class CacheFiles
{
    /// <summary>
    /// The module id of this library: a deterministic build of the same sources keeps it, any change
    /// to the code gives a new one, so entries made by other code never match.
    /// </summary>
    public static readonly string CodeVersion = typeof(CacheFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
