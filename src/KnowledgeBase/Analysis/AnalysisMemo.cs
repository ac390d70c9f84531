using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Incremental;

namespace KnowledgeBase.Analysis;

/// <summary>
/// Per-document analysis kept between builds: the search fields after lunr's pipeline and the
/// similarity term counts, the costly part of analysis. In memory (<c>kb serve</c>) an entry is reused
/// while the text it was computed from is the same, compared in full; with a folder (<c>kb build</c>'s
/// cache) entries are filed on disk under a hash of that text instead, and not held (a build reads each
/// once). Either way a rebuild after one save tokenizes one document; indexes, weights and scores are
/// always computed afresh from all.
/// </summary>
public sealed class AnalysisMemo
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly ConcurrentDictionary<string, (Dictionary<string, LunrFieldValue> Fields, LunrAnalysedDocument Result)> _search = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Text, TermCounts Result)> _text = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _usedFiles = new(StringComparer.Ordinal);
    private readonly string? _folder;

    /// <param name="folder">Where entries persist between runs; null keeps them in memory only.</param>
    public AnalysisMemo(string? folder = null)
    {
        _folder = folder is null ? null : Path.GetFullPath(folder);
    }

    public LunrAnalysedDocument Search(string id, Dictionary<string, LunrFieldValue> fields, Func<LunrAnalysedDocument> analyse)
    {
        if (_search.TryGetValue(id, out var kept) && SameFields(kept.Fields, fields))
        {
            return kept.Result;
        }

        var file = _folder is null ? null : FileFor("search", fields.OrderBy(f => f.Key, StringComparer.Ordinal)
            .SelectMany(f => new[] { f.Key, f.Value.Text ?? "", string.Join('\u001f', f.Value.Items ?? []), f.Value.Items is null ? "t" : "i" }));
        var result = FromFile<StoredSearch, LunrAnalysedDocument>(file, s => s.ToDocument(), analyse, StoredSearch.From);
        if (_folder is null)
        {
            _search[id] = (fields, result);
        }

        return result;
    }

    public TermCounts Text(string id, string text, Func<TermCounts> count)
    {
        if (_text.TryGetValue(id, out var kept) && string.Equals(kept.Text, text, StringComparison.Ordinal))
        {
            return kept.Result;
        }

        var file = _folder is null ? null : FileFor("text", [text]);
        var result = FromFile<StoredCounts, TermCounts>(file, s => s.ToCounts(), count, StoredCounts.From);
        if (_folder is null)
        {
            _text[id] = (text, result);
        }

        return result;
    }

    /// <summary>After a build that wrote its site: removes the files of entries it did not use.</summary>
    public void KeepOnlyUsedFiles()
    {
        if (_folder is not null)
        {
            foreach (var kind in new[] { "search", "text" })
            {
                var folder = Path.Combine(_folder, kind);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(folder).Where(f => !_usedFiles.ContainsKey(f)))
                {
                    CacheFiles.TryDelete(file);
                }
            }
        }

        _usedFiles.Clear();
    }

    /// <summary>The entry's file: named by a hash of (the version of this code and) every text it depends on.</summary>
    private string FileFor(string kind, IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(CacheFiles.CodeVersion));
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        var file = Path.Combine(_folder!, kind, Convert.ToHexStringLower(hash.GetHashAndReset()) + ".json");
        _usedFiles[file] = true;
        return file;
    }

    /// <summary>
    /// The entry its file holds when the file is sound; otherwise computed and filed, so a missing or
    /// damaged file is written anew (and a sound one is read once, not looked up again to decide on writing).
    /// </summary>
    private static TResult FromFile<TStored, TResult>(string? file, Func<TStored, TResult?> restore, Func<TResult> compute, Func<TResult, TStored> store)
        where TStored : class
        where TResult : class
    {
        if (file is not null && CacheFiles.TryRead<TStored>(file, Json) is { } stored && restore(stored) is { } restored)
        {
            return restored;
        }

        var result = compute();
        if (file is not null)
        {
            CacheFiles.TryWrite(file, JsonSerializer.SerializeToUtf8Bytes(store(result), Json));
        }

        return result;
    }

    /// <summary>A field's terms and counts as two arrays, in order: compact on disk.</summary>
    private sealed record StoredField(string[] T, int[] C, int N);

    private sealed record StoredSearch(StoredField[] F)
    {
        public static StoredSearch From(LunrAnalysedDocument d) =>
            new([.. d.Fields.Select(f => new StoredField([.. f.Terms.Select(t => t.Key)], [.. f.Terms.Select(t => t.Value)], f.Length))]);

        public LunrAnalysedDocument? ToDocument() => F.Any(f => f.T.Length != f.C.Length) ? null
            : new LunrAnalysedDocument([.. F.Select(f => new LunrAnalysedField([.. f.T.Zip(f.C, KeyValuePair.Create)], f.N))]);
    }

    private sealed record StoredCounts(string[] T, int[] C, string[] S)
    {
        public static StoredCounts From(TermCounts c) =>
            new([.. c.Counts.Keys], [.. c.Counts.Values], [.. c.Counts.Keys.Select(k => c.Surfaces[k])]);

        public TermCounts? ToCounts() => T.Length != C.Length || T.Length != S.Length ? null
            : new TermCounts(T.Zip(C).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal), T.Zip(S).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal));
    }

    /// <summary>Forgets documents that are gone, so a long session does not grow.</summary>
    public void KeepOnly(IReadOnlySet<string> ids)
    {
        foreach (var id in _search.Keys.Where(k => !ids.Contains(k)).ToList())
        {
            _search.TryRemove(id, out _);
        }

        foreach (var id in _text.Keys.Where(k => !ids.Contains(k)).ToList())
        {
            _text.TryRemove(id, out _);
        }
    }

    private static bool SameFields(Dictionary<string, LunrFieldValue> a, Dictionary<string, LunrFieldValue> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && SameValue(kv.Value, other));

    private static bool SameValue(LunrFieldValue a, LunrFieldValue b) =>
        string.Equals(a.Text, b.Text, StringComparison.Ordinal)
        && (a.Items is null ? b.Items is null : b.Items is not null && a.Items.SequenceEqual(b.Items, StringComparer.Ordinal));
}
