using System.Collections.Concurrent;

namespace KnowledgeBase.Incremental;

/// <summary>
/// Rendered pages by path, in memory (<c>kb serve</c>), filed under their <see cref="PageFingerprint"/>.
/// A page whose fingerprint did not change is not rendered again, nor written again into the served folder.
/// </summary>
public sealed class PageCache
{
    private readonly ConcurrentDictionary<string, PageEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    public bool TryGet(string path, string fingerprint, out byte[] content)
    {
        _used[path] = true;
        if (_entries.TryGetValue(path, out var entry) && entry.Fingerprint == fingerprint)
        {
            content = entry.Content;
            return true;
        }

        content = [];
        return false;
    }

    public void Put(string path, string fingerprint, byte[] content)
    {
        _used[path] = true;
        _entries[path] = new PageEntry(fingerprint, content);
    }

    /// <summary>Forgets pages the build did not write.</summary>
    public void KeepOnlyUsed()
    {
        foreach (var path in _entries.Keys.Where(p => !_used.ContainsKey(p)).ToList())
        {
            _entries.TryRemove(path, out _);
        }

        _used.Clear();
    }

    private sealed record PageEntry(string Fingerprint, byte[] Content);
}
