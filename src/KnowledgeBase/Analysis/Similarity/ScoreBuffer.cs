namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Accumulates the scores of one query in arrays indexed by document, remembering which documents it
/// touched, so a query costs what it touches and not a dictionary operation per posting. Reused by one
/// thread from query to query.
/// </summary>
internal sealed class ScoreBuffer(int documents)
{
    public double[] Keyword { get; } = new double[documents];
    public double[] Text { get; } = new double[documents];
    public List<int> Touched { get; } = [];

    /// <summary>The candidates of the query in progress that score enough, kept between queries to reuse its storage.</summary>
    public List<(int Doc, double Score, double Text)> Scored { get; } = [];
    private readonly bool[] _seen = new bool[documents];

    public void AddKeyword(int doc, double value)
    {
        Touch(doc);
        Keyword[doc] += value;
    }

    public void AddText(int doc, double value)
    {
        Touch(doc);
        Text[doc] += value;
    }

    public void Clear()
    {
        foreach (var doc in Touched)
        {
            Keyword[doc] = 0;
            Text[doc] = 0;
            _seen[doc] = false;
        }

        Touched.Clear();
    }

    private void Touch(int doc)
    {
        if (!_seen[doc])
        {
            _seen[doc] = true;
            Touched.Add(doc);
        }
    }
}
