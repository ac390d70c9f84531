using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Incremental;

/// <summary>
/// Rendered pages by path, in memory (<c>kb serve</c>), filed under a fingerprint of everything a page is
/// rendered from: the theme's templates, the build's clock and base URL, the site-wide view, and the page's
/// own view serialized. A page whose fingerprint did not change is not rendered again, nor written again
/// into the served folder.
/// </summary>
public sealed class PageCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly ConcurrentDictionary<string, PageEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

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

    private sealed record PageEntry(string Fingerprint, byte[] Content);
}
