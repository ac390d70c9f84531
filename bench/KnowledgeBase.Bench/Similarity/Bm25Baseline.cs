namespace KnowledgeBase.Bench.Similarity;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75, idf ln(1 + (N - df + 0.5) / (df + 0.5))) over title, summary and body, the
/// query being the document's own distinct terms. Scores are divided by the query's score against
/// itself, so they run from 0 to 1 per query; that changes no ranking, only makes scores comparable.
/// </summary>
public sealed class Bm25Baseline
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly string[] _ids;
    private readonly Dictionary<string, int>[] _counts;
    private readonly int[] _lengths;
    private readonly double _averageLength;
    private readonly Dictionary<string, double> _idf;

    public Bm25Baseline(IReadOnlyList<(string Id, string Text)> documents)
    {
        _ids = [.. documents.Select(d => d.Id)];
        _counts = [.. documents.Select(d => Terms.Counts(d.Text))];
        _lengths = [.. _counts.Select(c => c.Values.Sum())];
        _averageLength = Math.Max(1, _lengths.Average());
        var n = documents.Count;
        _idf = _counts.SelectMany(c => c.Keys).CountBy(t => t)
            .ToDictionary(kv => kv.Key, kv => Math.Log(1 + ((n - kv.Value + 0.5) / (kv.Value + 0.5))), StringComparer.Ordinal);
    }

    /// <summary>Every other document scoring above 0, best first (ties by id).</summary>
    public IReadOnlyList<string> Rank(string id)
    {
        var query = Array.IndexOf(_ids, id);
        var self = Score(query, query);
        return [.. Enumerable.Range(0, _ids.Length)
            .Where(d => d != query)
            .Select(d => (Id: _ids[d], Score: self > 0 ? Score(query, d) / self : 0))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s.Id)];
    }

    private double Score(int query, int doc)
    {
        var lengthNorm = K1 * (1 - B + (B * _lengths[doc] / _averageLength));
        var score = 0.0;
        foreach (var term in _counts[query].Keys)
        {
            if (_counts[doc].TryGetValue(term, out var tf))
            {
                score += _idf[term] * tf * (K1 + 1) / (tf + lengthNorm);
            }
        }

        return score;
    }
}
