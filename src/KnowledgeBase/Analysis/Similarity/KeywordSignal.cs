using System.Numerics;
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
/// the square of the archive. A query (<see cref="Query"/>) walks its keywords' postings rarest first,
/// each with a bound on what the keywords left can add (<see cref="KeywordQuery.ByWeight"/>), so that the
/// caller can stop where they could not lift an incident sharing only them into the best it keeps; it
/// then scores the incidents it reached one at a time (<see cref="KeywordQuery.Score"/>).
/// </remarks>
public sealed class KeywordSignal
{
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
        var postings = new Dictionary<(KeywordKind, string), List<int>>();
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var keyword in documents[d].Keywords.Distinct())
            {
                if (!postings.TryGetValue(keyword, out var list))
                {
                    postings[keyword] = list = [];
                }

                list.Add(d);
            }
        }

        var count = documents.Count;
        foreach (var (keyword, list) in postings)
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
            _postingsById.Add([.. postings[keyword]]);
        }

        _keywordsOf = [.. documents.Select(d => WeightedIds(d).Order().ToArray())];
    }

    /// <summary>A document's weighted keywords by number, each once, in the document's order.</summary>
    private IEnumerable<int> WeightedIds(SimilarityDocument document)
    {
        foreach (var keyword in document.Keywords.Distinct())
        {
            if (_ids.TryGetValue(keyword, out var id))
            {
                yield return id;
            }
        }
    }

    /// <summary>A query's weighted keywords, to score incidents one at a time (see the remarks).</summary>
    internal KeywordQuery Query(SimilarityDocument query)
    {
        var norm = Norm(query);
        int[] ids = norm == 0 ? [] : [.. WeightedIds(query)];
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
    internal sealed class KeywordQuery
    {
        private readonly KeywordSignal _signal;
        private readonly int[] _ids;
        private readonly double _norm;

        /// <summary>Each keyword's place in the query plus one, by keyword number (0: not the query's); empty past 64 keywords.</summary>
        private readonly int[] _placeOf;

        /// <summary>Each of the query's keywords' weight squared, by its place.</summary>
        private readonly double[] _squares;

        public KeywordQuery(KeywordSignal signal, int[] ids, double norm)
        {
            (_signal, _ids, _norm) = (signal, ids, norm);
            _squares = [.. ids.Select(id => signal._weightById[id] * signal._weightById[id])];
            _placeOf = ids.Length <= 64 ? new int[signal._weightById.Count] : [];
            for (var place = 0; place < ids.Length && _placeOf.Length > 0; place++)
            {
                _placeOf[ids[place]] = place + 1;
            }
        }

        /// <summary>
        /// The cosine of the query's keywords with incident <paramref name="doc"/>'s: each keyword they share adds
        /// its weight squared over both norms, in the query's order, so the sum is the same double whichever
        /// way the incident was found.
        /// </summary>
        /// <remarks>
        /// Every incident the wording reaches is scored here, thousands per query: the keywords it shares are
        /// found by reading its own few keywords' places, not by searching for each of the query's.
        /// </remarks>
        public double Score(int doc)
        {
            var own = _signal._keywordsOf[doc];
            if (_placeOf.Length == 0)
            {
                var lengths = _norm * _signal._norms[doc];
                var score = 0.0;
                for (var place = 0; place < _ids.Length; place++)
                {
                    if (Array.BinarySearch(own, _ids[place]) >= 0)
                    {
                        score += _squares[place] / lengths;
                    }
                }

                return score;
            }

            var shared = 0UL;
            foreach (var id in own)
            {
                if (_placeOf[id] is var place and > 0)
                {
                    shared |= 1UL << (place - 1);
                }
            }

            return ScoreOf(doc, shared);
        }

        /// <summary>Whether the keywords an incident shares with the query fit a mask of their places (<see cref="ScoreOf"/>).</summary>
        public bool CanMark => _placeOf.Length > 0 || _ids.Length == 0;

        /// <summary>
        /// As <see cref="Score"/>, from the places of all the query's keywords the incident holds, marked while
        /// their postings were walked (bit p for place p): the same shares summed in the same order.
        /// </summary>
        public double ScoreOf(int doc, ulong shared)
        {
            if (shared == 0)
            {
                return 0;
            }

            var lengths = _norm * _signal._norms[doc];
            var score = 0.0;
            for (; shared != 0; shared &= shared - 1)
            {
                score += _squares[BitOperations.TrailingZeroCount(shared)] / lengths;
            }

            return score;
        }

        /// <summary>
        /// The query's keywords' postings, rarest (heaviest) first, each with a bound on the score of an incident
        /// that shares none of the keywords before it: sharing only some of those left, its score is at most
        /// their weights' length over the query's norm (its own norm is at least that long).
        /// </summary>
        public IEnumerable<(int[] Postings, double Bound, int Place)> ByWeight()
        {
            var weights = _signal._weightById;
            var ids = _ids;
            var order = Enumerable.Range(0, ids.Length).Order(Comparer<int>.Create((a, b) => weights[ids[b]].CompareTo(weights[ids[a]]) is var c && c != 0 ? c : a.CompareTo(b))).ToArray();
            var left = new double[order.Length + 1];
            for (var i = order.Length - 1; i >= 0; i--)
            {
                left[i] = left[i + 1] + _squares[order[i]];
            }

            for (var i = 0; i < order.Length; i++)
            {
                yield return (_signal._postingsById[ids[order[i]]], Math.Sqrt(left[i]) / _norm, order[i]);
            }
        }
    }
}
