using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Incremental;

/// <summary>
/// Rendered pages by path, filed under a fingerprint of everything a page is rendered from: the theme's
/// templates, the build's clock and base URL, the site-wide view, and the page's own view serialized.
/// A page whose fingerprint did not change is not rendered again. In memory (<c>kb serve</c>) the bytes
/// are kept; on disk (<c>kb build</c>) only the fingerprints and content hashes are, and the bytes come
/// from the previous site, after checking they are still the bytes that build wrote.
/// </summary>
public sealed class PageCache
{
    private const string ManifestName = "pages.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly ConcurrentDictionary<string, PageEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly string? _folder;
    private readonly bool _keepBytes;

    /// <param name="folder">Where the manifest persists between runs; null keeps pages in memory only.</param>
    public PageCache(string? folder = null)
    {
        _folder = folder is null ? null : Path.GetFullPath(folder);
        _keepBytes = folder is null;
        if (_folder is not null)
        {
            Load();
        }
    }

    /// <summary>What every page of one build shares; part of each page's fingerprint.</summary>
    public static string SharedKey(Theme theme, object siteView, DateTimeOffset buildTime, string? baseUrl)
    {
        var site = Encoding.UTF8.GetString(Serialize(siteView, "every page"));
        return Hash(string.Join('\0', CacheFiles.CodeVersion, theme.Fingerprint, buildTime.ToUnixTimeSeconds(), baseUrl ?? "", site));
    }

    /// <summary>The page's fingerprint: everything its template reads, the view serialized as its own type.</summary>
    public static string FingerprintOf(string sharedKey, PlannedPage page)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { sharedKey, page.Path, page.Template.FileName(), page.Title, page.Section, page.Description })
        {
            Append(hash, Encoding.UTF8.GetBytes(part));
        }

        Append(hash, Serialize(page.View, page.Path));
        Append(hash, page.Taxonomy is null ? [] : Serialize(page.Taxonomy, page.Path));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Each part with its length first, so no two different lists of parts hash alike.</summary>
    private static void Append(IncrementalHash hash, byte[] part)
    {
        hash.AppendData(BitConverter.GetBytes(part.Length));
        hash.AppendData(part);
    }

    /// <param name="previousSite">The site the last build wrote, where a disk cache finds the bytes.</param>
    public bool TryGet(string path, string fingerprint, string? previousSite, out byte[] content)
    {
        content = [];
        _used[path] = true;
        if (!_entries.TryGetValue(path, out var entry) || entry.Fingerprint != fingerprint)
        {
            return false;
        }

        if (entry.Content is { } kept)
        {
            content = kept;
            return true;
        }

        if (previousSite is null)
        {
            return false;
        }

        try
        {
            var file = Path.Combine(previousSite, path);
            if (!File.Exists(file))
            {
                return false;
            }

            var bytes = File.ReadAllBytes(file);
            // Someone may have edited the built site by hand: reuse only the exact bytes we wrote.
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != entry.ContentHash)
            {
                return false;
            }

            content = bytes;
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Put(string path, string fingerprint, byte[] content)
    {
        _used[path] = true;
        _entries[path] = new PageEntry(fingerprint, Convert.ToHexStringLower(SHA256.HashData(content)), _keepBytes ? content : null);
    }

    /// <summary>Forgets pages the build did not write, and saves the manifest when on disk.</summary>
    public void KeepOnlyUsed()
    {
        foreach (var path in _entries.Keys.Where(p => !_used.ContainsKey(p)).ToList())
        {
            _entries.TryRemove(path, out _);
        }

        _used.Clear();
        if (_folder is null)
        {
            return;
        }

        var manifest = _entries.OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key, e => new[] { e.Value.Fingerprint, e.Value.ContentHash });
        CacheFiles.TryWrite(Path.Combine(_folder, ManifestName), JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
    }

    private void Load()
    {
        try
        {
            var file = Path.Combine(_folder!, ManifestName);
            if (!File.Exists(file))
            {
                return;
            }

            var manifest = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllBytes(file), Json);
            foreach (var (path, values) in manifest ?? [])
            {
                if (values is [var fingerprint, var hash])
                {
                    _entries[path] = new PageEntry(fingerprint, hash, null);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            // A damaged manifest means every page is rendered again.
            _entries.Clear();
        }
    }

    /// <summary>
    /// A view as JSON of its own type. Views are records of data (see <see cref="Theming.Views.IPageView"/>):
    /// one that cannot be serialized is a bug, and says so, rather than a page silently rendered every time.
    /// </summary>
    private static byte[] Serialize(object view, string page)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(view, view.GetType(), Json);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException)
        {
            throw new InvalidOperationException($"the view of {page} ({view.GetType().Name}) cannot be fingerprinted: {ex.Message}", ex);
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed record PageEntry(string Fingerprint, string ContentHash, byte[]? Content);
}
