using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Incremental;

/// <summary>
/// The per-document step of analysis with a memory, wrapped around the step that computes it. In memory
/// (<c>kb serve</c>) a result is reused while its incident's <see cref="DocumentInput"/> is the same,
/// compared in full; with a pack (<c>kb build</c>'s cache, see <see cref="CachePack"/>) results are filed
/// on disk under a hash of the input instead, and not held (a build reads each once). Either way a rebuild
/// after one save analyses one document, and the indexes built from the results are those a clean build gives.
/// </summary>
public sealed class CachingDocumentAnalyser : IDocumentAnalyser, IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly IDocumentAnalyser _inner;
    private readonly ConcurrentDictionary<string, (DocumentInput Input, AnalysedDocument Result)> _kept = new(StringComparer.Ordinal);
    private readonly CachePack? _pack;

    /// <summary>
    /// One copy of each term and surface read back from the pack. Read as JSON, every document's terms
    /// would be strings of its own, and a build holds all documents' at once: at 10,000 long-tailed
    /// postmortems a warm build peaked at 2.2 GB against 1.3 GB for a cold one, which shares them.
    /// </summary>
    private readonly ConcurrentDictionary<string, string> _words = SharedCache.Create<string>();

    /// <param name="pack">Where results persist between runs (<see cref="CachePack.Open"/>); null keeps them in memory only.</param>
    public CachingDocumentAnalyser(IDocumentAnalyser inner, CachePack? pack = null)
    {
        _inner = inner;
        _pack = pack;
    }

    public AnalysedDocument Analyse(DocumentInput input)
    {
        if (_pack is null)
        {
            if (_kept.TryGetValue(input.Id, out var kept) && SameInput(kept.Input, input))
            {
                return kept.Result;
            }

            var fresh = _inner.Analyse(input);
            _kept[input.Id] = (input, fresh);
            return fresh;
        }

        var key = KeyOf(input);
        if (_pack.TryGet(key, out var parts) && parts is [var part] && Read(_pack.Read(part), Shared) is { } stored)
        {
            return stored;
        }

        var result = _inner.Analyse(input);
        _pack.Put(key, JsonSerializer.SerializeToUtf8Bytes(Stored.From(result), Json));
        return result;
    }

    /// <summary>The one copy of <paramref name="word"/> this build keeps.</summary>
    private string Shared(string word) => _words.GetOrAdd(word, word);

    /// <summary>A result as filed, its words shared through <paramref name="share"/>; null when damaged (a miss: computed again).</summary>
    private static AnalysedDocument? Read(byte[] json, Func<string, string> share)
    {
        try
        {
            return JsonSerializer.Deserialize<Stored>(json, Json)?.ToDocument(share);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Forgets incidents that are gone, so a long session does not grow.</summary>
    public void KeepOnly(IReadOnlySet<string> ids)
    {
        foreach (var id in _kept.Keys.Where(k => !ids.Contains(k)).ToList())
        {
            _kept.TryRemove(id, out _);
        }
    }

    /// <summary>After a build that wrote its site: saves the pack, with only the results this build used.</summary>
    public void KeepOnlyUsed() => _pack?.Commit();

    public void Dispose() => _pack?.Dispose();

    /// <summary>The result's key: a hash of (the version of this code and) every text of the input.</summary>
    private static string KeyOf(DocumentInput input)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Append(string part)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        Append(CacheFiles.CodeVersion);
        foreach (var (name, value) in input.SearchFields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Append(name);
            Append(value.Items is null ? "t" : "i");
            Append(value.Text ?? string.Join('\u001f', value.Items ?? []));
        }

        foreach (var part in input.Texts)
        {
            Append(part.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Append(part.Text);
        }

        Append(input.ShownText);

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool SameInput(DocumentInput a, DocumentInput b) =>
        a.SearchFields.Count == b.SearchFields.Count
        && a.SearchFields.All(kv => b.SearchFields.TryGetValue(kv.Key, out var other) && SameValue(kv.Value, other))
        && a.Texts.SequenceEqual(b.Texts)
        && string.Equals(a.ShownText, b.ShownText, StringComparison.Ordinal);

    private static bool SameValue(LunrFieldValue a, LunrFieldValue b) =>
        string.Equals(a.Text, b.Text, StringComparison.Ordinal)
        && (a.Items is null ? b.Items is null : b.Items is not null && a.Items.SequenceEqual(b.Items, StringComparer.Ordinal));

    /// <summary>A field's terms and counts as two arrays, in order: compact on disk.</summary>
    private sealed record StoredField(string[] T, int[] C, int N);

    /// <summary>The search fields (<c>F</c>), similarity's terms, counts and surfaces (<c>T</c>, <c>C</c>, <c>S</c>), the excerpt (<c>E</c>).</summary>
    private sealed record Stored(StoredField[] F, string[] T, int[] C, string[] S, string[] E)
    {
        public static Stored From(AnalysedDocument d) => new(
            [.. d.Search.Document.Fields.Select(f => new StoredField([.. f.Terms.Select(t => t.Key)], [.. f.Terms.Select(t => t.Value)], f.Length))],
            [.. d.Text.Terms], [.. d.Text.Counts], [.. d.Text.Surfaces], [.. d.Search.Excerpt]);

        /// <summary>Null when the file is damaged (arrays of different lengths): a miss, computed again.</summary>
        public AnalysedDocument? ToDocument(Func<string, string> share) =>
            F is null || T is null || C is null || S is null || E is null || F.Any(f => f?.T is null || f.C is null || f.T.Length != f.C.Length) || T.Length != C.Length || T.Length != S.Length
                ? null
                : new AnalysedDocument(
                    new SearchAnalysis(new LunrAnalysedDocument([.. F.Select(f => new LunrAnalysedField([.. f.T.Zip(f.C, (t, c) => KeyValuePair.Create(share(t), c))], f.N))]), [.. E]),
                    new TermCounts([.. T.Select(share)], [.. C], [.. S.Select(share)]));
    }
}
