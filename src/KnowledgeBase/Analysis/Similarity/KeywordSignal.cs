using KnowledgeBase.Configuration;
namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Similarity from shared keywords, each weighted by its kind and by its rarity (idf): two incidents
/// sharing a tag found on half the knowledge base say little; sharing a rare one says a lot. Keywords on
/// more than <see cref="SimilaritySettings.MaxKeywordShare"/> of incidents are dropped, as Hugo's related
/// content does. Scores are the cosine of the weighted keyword vectors, from 0 to 1. Candidates come
/// from an inverted index, so a query touches only incidents that share something.
/// </summary>
/// <remarks>
/// A common tag is shared by thousands of incidents, so walking every posting of every query grows with
/// the square of the archive. A query (<see cref="Query"/>) can instead score one incident at a time and
/// walk its keywords' postings rarest first, stopping once the keywords left could not lift an incident
/// that shares only them into the best the caller keeps (<see cref="KeywordQuery.Bound"/>).
/// </remarks>
public sealed class KeywordSignal
{
    private readonly Dictionary<(KeywordKind, string), List<int>> _postings = [];
    private readonly Dictionary<(KeywordKind, string), double> _weights = [];
    private readonly double[] _norms;
    private readonly SimilaritySettings _settings;

    /// <summary>Each weighted keyword's number, and by number its weight and the incidents holding it (in order).</summary>
    private readonly Dictionary<(KeywordKind, string), int> _ids = [];
    private readonly List<double> _weightById = [];
    private readonly List<int[]> _postingsById = [];

    /// <summary>Each incident's weighted keywords by number, sorted.</summary>
    private readonly int[][] _keywordsOf;

    public KeywordSignal(IReadOnlyList<SimilarityDocument> documents, SimilaritySettings settings)
    {
        _settings = settings;
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var keyword in documents[d].Keywords.Distinct())
            {
                if (!_postings.TryGetValue(keyword, out var list))
                {
                    _postings[keyword] = list = [];
                }

                list.Add(d);
            }
        }

        var count = documents.Count;
        foreach (var (keyword, list) in _postings)
        {
            if (list.Count > 1 && list.Count <= Math.Max(2, settings.MaxKeywordShare * count))
            {
                _weights[keyword] = KindWeight(keyword.Item1) * Math.Log((double)count / list.Count + 1);
            }
        }

        _norms = [.. documents.Select(Norm)];
        foreach (var (keyword, weight) in _weights.OrderBy(k => k.Key.Item1).ThenBy(k => k.Key.Item2, StringComparer.Ordinal))
        {
            _ids[keyword] = _weightById.Count;
            _weightById.Add(weight);
            _postingsById.Add([.. _postings[keyword]]);
        }

        _keywordsOf = [.. documents.Select(d => d.Keywords.Distinct().Where(_ids.ContainsKey).Select(k => _ids[k]).Order().ToArray())];
    }

    /// <summary>A query's weighted keywords, to score incidents one at a time (see the remarks).</summary>
    internal KeywordQuery Query(SimilarityDocument query)
    {
        var norm = Norm(query);
        var ids = norm == 0 ? [] : query.Keywords.Distinct().Where(_ids.ContainsKey).Select(k => _ids[k]).ToArray();
        return new KeywordQuery(this, ids, norm);
    }

    /// <summary>The keywords two documents share that carry weight, rarest first.</summary>
    public List<(KeywordKind Kind, string Value)> Shared(SimilarityDocument a, SimilarityDocument b) =>
        [.. a.Keywords.Intersect(b.Keywords).Where(_weights.ContainsKey).OrderByDescending(k => _weights[k]).ThenBy(k => k.Value, StringComparer.Ordinal)];

    private double Norm(SimilarityDocument document) =>
        Math.Sqrt(document.Keywords.Distinct().Sum(k => _weights.TryGetValue(k, out var w) ? w * w : 0));

    private double KindWeight(KeywordKind kind) => kind switch
    {
        KeywordKind.Tag => _settings.Tags,
        KeywordKind.Service => _settings.Services,
        _ => _settings.Categories,
    };

    /// <summary>One query's weighted keywords, in the query's order (the order their shares are summed in).</summary>
    internal sealed class KeywordQuery(KeywordSignal signal, int[] ids, double norm)
    {
        /// <summary>
        /// The cosine of the query's keywords with incident <paramref name="doc"/>'s: each keyword they share adds
        /// its weight squared over both norms, in the query's order, so the sum is the same double whichever
        /// way the incident was found.
        /// </summary>
        public double Score(int doc)
        {
            var own = signal._keywordsOf[doc];
            var score = 0.0;
            foreach (var id in ids)
            {
                if (Array.BinarySearch(own, id) >= 0)
                {
                    var weight = signal._weightById[id];
                    score += weight * weight / (norm * signal._norms[doc]);
                }
            }

            return score;
        }

        /// <summary>
        /// The query's keywords' postings, rarest (heaviest) first, each with a bound on the score of an incident
        /// that shares none of the keywords before it: sharing only some of those left, its score is at most
        /// their weights' length over the query's norm (its own norm is at least that long).
        /// </summary>
        public IEnumerable<(int[] Postings, double Bound)> ByWeight()
        {
            var order = ids.Order(Comparer<int>.Create((a, b) => signal._weightById[b].CompareTo(signal._weightById[a]) is var c && c != 0 ? c : a.CompareTo(b))).ToArray();
            var left = new double[order.Length + 1];
            for (var i = order.Length - 1; i >= 0; i--)
            {
                var weight = signal._weightById[order[i]];
                left[i] = left[i + 1] + (weight * weight);
            }

            for (var i = 0; i < order.Length; i++)
            {
                yield return (signal._postingsById[order[i]], Math.Sqrt(left[i]) / norm);
            }
        }
    }
}
