using System.Collections.Concurrent;
using System.Text.Json;

namespace KnowledgeBase.Incremental;

/// <summary>
/// Renderings of postmortem bodies by <see cref="RenderKey"/>. Without a folder, held in memory (what
/// <c>kb serve</c> needs between rebuilds); with a folder, kept on disk between runs of <c>kb build</c>,
/// one file per entry, so an edit writes one small file, and not also in memory: a build reads each entry
/// once, and at 10,000 postmortems holding them all would double what the build holds. The folder holds
/// nothing a user wrote: deleting it only makes the next build slower.
/// </summary>
public sealed class RenderCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly ConcurrentDictionary<string, CachedRender> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly string? _folder;

    /// <param name="folder">Where entries persist between runs; null keeps them in memory only.</param>
    public RenderCache(string? folder = null)
    {
        _folder = folder is null ? null : Path.GetFullPath(folder);
    }

    public bool TryGet(string key, out CachedRender entry)
    {
        _used[key] = true;
        return _entries.TryGetValue(key, out entry!) || TryRead(key, out entry!);
    }

    public void Put(string key, CachedRender entry)
    {
        _used[key] = true;
        if (_folder is null)
        {
            _entries[key] = entry;
            return;
        }

        CacheFiles.TryWrite(PathOf(key), JsonSerializer.SerializeToUtf8Bytes(entry, Json));
    }

    /// <summary>
    /// Forgets every entry the build just finished did not use (edited, renamed or deleted postmortems),
    /// so the cache stays the size of the knowledge base.
    /// </summary>
    public void KeepOnlyUsed()
    {
        foreach (var key in _entries.Keys.Where(k => !_used.ContainsKey(k)).ToList())
        {
            _entries.TryRemove(key, out _);
        }

        if (_folder is not null && Directory.Exists(_folder))
        {
            foreach (var file in Directory.EnumerateFiles(_folder))
            {
                var name = Path.GetFileName(file);
                var key = name.EndsWith(".json", StringComparison.Ordinal) ? name[..^5] : null;
                if (key is null || !_used.ContainsKey(key))
                {
                    CacheFiles.TryDelete(file);
                }
            }
        }

        _used.Clear();
    }

    private bool TryRead(string key, out CachedRender? entry)
    {
        // A damaged entry is a miss: the postmortem is rendered again and the entry rewritten.
        entry = _folder is null ? null : CacheFiles.TryRead<CachedRender>(PathOf(key), Json);
        return entry is not null;
    }

    private string PathOf(string key) => Path.Combine(_folder!, key + ".json");
}
