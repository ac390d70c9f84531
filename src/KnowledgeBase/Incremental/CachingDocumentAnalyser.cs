using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
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
    private readonly IDocumentAnalyser _inner;
    private readonly ConcurrentDictionary<string, (DocumentInput Input, AnalysedDocument Result)> _kept = new(StringComparer.Ordinal);
    private readonly CachePack? _pack;

    /// <summary>
    /// The words the pack's entries name by number: one copy each, shared by every document read back.
    /// Null after <see cref="EndOfDocuments"/>, when the table is filed and let go (at 10,000 long-tailed
    /// postmortems some 400,000 words and their numbers, held otherwise while the indexes are built).
    /// </summary>
    private PackedWords? _words;

    /// <summary>Each thread's memo for <see cref="AnalysisEntry.Write"/>: the pack numbers of the words it wrote, by the words' numbers.</summary>
    private readonly ThreadLocal<AnalysisEntry.Memo> _memo = new(() => new());

    /// <param name="pack">Where results persist between runs (<see cref="CachePack.Open"/>); null keeps them in memory only.</param>
    public CachingDocumentAnalyser(IDocumentAnalyser inner, CachePack? pack = null)
    {
        _inner = inner;
        _pack = pack;
        _words = pack is null ? null : WordsOf(pack);
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

        var words = Volatile.Read(ref _words);
        if (words is null)
        {
            // Past the end of the documents: nothing more is filed.
            return _inner.Analyse(input);
        }

        var key = KeyOf(input);
        if (_pack.TryReadPrevious(key, out var entry))
        {
            try
            {
                var (stored, next) = AnalysisEntry.Read(entry, words);
                _pack.Put(key, next);
                return stored;
            }
            catch (InvalidDataException)
            {
                // Damaged: computed again, and filed anew.
            }
        }

        var result = _inner.Analyse(input);
        _pack.Put(key, AnalysisEntry.Write(result, words, _memo.Value!));
        return result;
    }

    /// <summary>The previous pack's table of words; empty when it has none or it is damaged, so no entry reads back.</summary>
    private static PackedWords WordsOf(CachePack pack)
    {
        if (pack.TryReadPrevious(PackedWords.Key, out var bytes))
        {
            try
            {
                return PackedWords.Read(bytes);
            }
            catch (InvalidDataException)
            {
            }
        }

        return PackedWords.Empty();
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
    public void KeepOnlyUsed()
    {
        EndOfDocuments();
        _pack?.Commit();
    }

    /// <summary>
    /// Files the table of words, after every entry (it holds the words they were written with), and lets it go.
    /// Called once the last <see cref="Analyse"/> has returned: one still running could file an entry the table misses
    /// (read back next time as damaged, a miss).
    /// </summary>
    public void EndOfDocuments()
    {
        if (_pack is not null && Interlocked.Exchange(ref _words, null) is { } words)
        {
            _pack.Put(PackedWords.Key, words.ToBytes());
            _memo.Dispose();
            // A build with a pack is a one-off: what the step held for it can go too. In memory (kb serve)
            // the step keeps its words for the next rebuild.
            _inner.EndOfDocuments();
        }
    }

    public void Dispose()
    {
        _pack?.Dispose();
        _memo.Dispose();
    }

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
}
