namespace KnowledgeBase.Incremental;

/// <summary>
/// What every cache of a build shares: the identity of the code that made an entry, and writing and
/// removing entry files where a failure costs only time (the cache is never needed for a correct build).
/// </summary>
public static class CacheFiles
{
    /// <summary>
    /// The module id of this library: a deterministic build of the same sources keeps it, any change
    /// to the code gives a new one, so entries made by other code never match.
    /// </summary>
    public static readonly string CodeVersion = typeof(CacheFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The entry in the file, or null when there is none or it is damaged (a miss: it is made again).</summary>
    public static T? TryRead<T>(string path, System.Text.Json.JsonSerializerOptions options)
        where T : class
    {
        try
        {
            return File.Exists(path) ? System.Text.Json.JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), options) : null;
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Written aside, then moved: a build killed mid-write never leaves half an entry under its name.</summary>
    public static void TryWrite(string path, byte[] content)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder we cannot write costs a slower next build, not this one.
        }
    }

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
