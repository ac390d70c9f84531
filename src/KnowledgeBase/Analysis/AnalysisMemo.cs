using System.Collections.Concurrent;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Analysis;

/// <summary>
/// Per-document analysis kept between the builds of one process (<c>kb serve</c>): the search fields
/// after lunr's pipeline and the similarity term counts. A document's entry is reused only while the
/// text it was computed from is the same, compared in full, so a rebuild after one save tokenizes one
/// document. Indexes, weights and scores are always computed afresh from all documents.
/// </summary>
public sealed class AnalysisMemo
{
    private readonly ConcurrentDictionary<string, (Dictionary<string, LunrFieldValue> Fields, LunrAnalysedDocument Result)> _search = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Text, TermCounts Result)> _text = new(StringComparer.Ordinal);

    public LunrAnalysedDocument Search(string id, Dictionary<string, LunrFieldValue> fields, Func<LunrAnalysedDocument> analyse)
    {
        if (_search.TryGetValue(id, out var kept) && SameFields(kept.Fields, fields))
        {
            return kept.Result;
        }

        var result = analyse();
        _search[id] = (fields, result);
        return result;
    }

    public TermCounts Text(string id, string text, Func<TermCounts> count)
    {
        if (_text.TryGetValue(id, out var kept) && string.Equals(kept.Text, text, StringComparison.Ordinal))
        {
            return kept.Result;
        }

        var result = count();
        _text[id] = (text, result);
        return result;
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
