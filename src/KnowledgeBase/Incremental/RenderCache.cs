using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Incremental;

/// <summary>
/// Renderings of postmortem bodies by <see cref="RenderKey"/>. Without a folder, held in memory (what
/// <c>kb serve</c> needs between rebuilds); with a folder, kept between runs of <c>kb build</c> in one
/// <see cref="CachePack"/>, and not in memory: an entry's HTML and text are read from the pack when its
/// page is written and when it is analysed, so at 10,000 postmortems the build does not hold them all.
/// The folder holds nothing a user wrote: deleting it only makes the next build slower.
/// </summary>
public sealed class RenderCache : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly ConcurrentDictionary<string, CachedRender> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly CachePack? _pack;

    /// <param name="pack">Where entries persist between runs (<see cref="CachePack.Open"/>); null keeps them in memory only.</param>
    public RenderCache(CachePack? pack = null)
    {
        _pack = pack;
    }

    public bool TryGet(string key, out CachedRender entry)
    {
        if (_pack is null)
        {
            _used[key] = true;
            return _entries.TryGetValue(key, out entry!);
        }

        entry = null!;
        if (!_pack.TryGet(key, out var parts) || parts.Length != 3)
        {
            return false;
        }

        // A damaged entry is a miss: the postmortem is rendered again and the entry rewritten.
        try
        {
            var meta = JsonSerializer.Deserialize<Meta>(_pack.Read(parts[2]), Json);
            if (meta?.Summary is null || meta.Attachments is null || meta.Diagnostics is null || meta.Probes is null)
            {
                return false;
            }

            entry = new CachedRender(Utf8Html.Stored(_pack, parts[0].Offset, parts[0].Length), meta.Summary, BodyText.Stored(_pack, parts[1].Offset, parts[1].Length), meta.Attachments, meta.Diagnostics, meta.Probes);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Remembers <paramref name="entry"/>; the result is the same entry, read from the pack when there is one.</summary>
    public CachedRender Put(string key, CachedRender entry)
    {
        if (_pack is null)
        {
            _used[key] = true;
            _entries[key] = entry;
            return entry;
        }

        var meta = JsonSerializer.SerializeToUtf8Bytes(new Meta(entry.Summary, entry.Attachments, entry.Diagnostics, entry.Probes), Json);
        if (_pack.Put(key, entry.BodyHtml.Bytes, Encoding.UTF8.GetBytes(entry.Text.Read()), meta) is not [var html, var text, _])
        {
            return entry;
        }

        return entry with { BodyHtml = Utf8Html.Stored(_pack, html.Offset, html.Length), Text = BodyText.Stored(_pack, text.Offset, text.Length) };
    }

    /// <summary>
    /// After a build that wrote its site: forgets every entry it did not use (edited, renamed or deleted
    /// postmortems), so the cache stays the size of the knowledge base, and saves the pack.
    /// </summary>
    public void KeepOnlyUsed()
    {
        if (_pack is not null)
        {
            _pack.Commit();
            return;
        }

        foreach (var key in _entries.Keys.Where(k => !_used.ContainsKey(k)).ToList())
        {
            _entries.TryRemove(key, out _);
        }

        _used.Clear();
    }

    public void Dispose() => _pack?.Dispose();

    /// <summary>What an entry holds besides its HTML and text, as JSON.</summary>
    private sealed record Meta(string Summary, IReadOnlyList<KeyValuePair<string, string>> Attachments, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<FileProbe> Probes);
}
