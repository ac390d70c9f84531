namespace KnowledgeBase.Bench.Similarity;

/// <summary>
/// The baseline issue 18 asks kb to beat: plain TF-IDF cosine over title, summary and body, with
/// sublinear tf (1 + ln tf), idf ln((1 + N) / (1 + df)) and full vectors (no pruning), compared with
/// every other document. Only documents sharing a weighted term (cosine above 0) are listed.
/// </summary>
public sealed class TfIdfBaseline
{
    private readonly string[] _ids;
    private readonly Dictionary<string, double>[] _vectors;

    public TfIdfBaseline(IReadOnlyList<(string Id, string Text)> documents)
    {
        _ids = [.. documents.Select(d => d.Id)];
        var counts = documents.Select(d => Terms.Counts(d.Text)).ToArray();
        var df = counts.SelectMany(c => c.Keys).CountBy(t => t).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var n = documents.Count;
        _vectors = [.. counts.Select(c => Unit(c.ToDictionary(
            kv => kv.Key,
            kv => (1 + Math.Log(kv.Value)) * Math.Log((1.0 + n) / (1.0 + df[kv.Key])),
            StringComparer.Ordinal)))];
    }

    /// <summary>Every other document with a cosine above 0, best first (ties by id, so runs agree).</summary>
    public IReadOnlyList<string> Rank(string id)
    {
        var query = Array.IndexOf(_ids, id);
        return [.. Enumerable.Range(0, _ids.Length)
            .Where(d => d != query)
            .Select(d => (Id: _ids[d], Score: Dot(_vectors[query], _vectors[d])))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s.Id)];
    }

    private static Dictionary<string, double> Unit(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        return norm == 0 ? vector : vector.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b) =>
        (a.Count <= b.Count ? a : b).Sum(kv => (a.Count <= b.Count ? b : a).TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
}
