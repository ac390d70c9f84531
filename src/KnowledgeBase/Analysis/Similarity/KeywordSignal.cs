using KnowledgeBase.Configuration;
namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Similarity from shared keywords, each weighted by its kind and by its rarity (idf): two incidents
/// sharing a tag found on half the knowledge base say little; sharing a rare one says a lot. Keywords on
/// more than <see cref="SimilaritySettings.MaxKeywordShare"/> of incidents are dropped, as Hugo's related
/// content does. Scores are the cosine of the weighted keyword vectors, from 0 to 1. Candidates come
/// from an inverted index, so a query touches only incidents that share something.
/// </summary>
public sealed class KeywordSignal
{
    private readonly Dictionary<(KeywordKind, string), List<int>> _postings = [];
    private readonly Dictionary<(KeywordKind, string), double> _weights = [];
    private readonly double[] _norms;
    private readonly SimilaritySettings _settings;

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
    }

    /// <summary>Adds the cosine similarity of <paramref name="query"/> with every document sharing a weighted keyword.</summary>
    internal void Score(SimilarityDocument query, ScoreBuffer buffer)
    {
        var norm = Norm(query);
        if (norm == 0)
        {
            return;
        }

        foreach (var keyword in query.Keywords.Distinct())
        {
            if (_weights.TryGetValue(keyword, out var weight))
            {
                foreach (var d in _postings[keyword])
                {
                    buffer.AddKeyword(d, weight * weight / (norm * _norms[d]));
                }
            }
        }
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
}
