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

    /// <summary>The direct (combined) score of each candidate, when ranking with the neighbours' rows.</summary>
    public double[] Direct { get; } = new double[documents];

    /// <summary>The mean direct score of each candidate with the query's neighbours.</summary>
    public double[] Spread { get; } = new double[documents];
    public List<int> Touched { get; } = [];

    /// <summary>The best candidates of the query in progress, worst on top; kept between queries to reuse its storage.</summary>
    public PriorityQueue<Neighbour, Neighbour> Best { get; } = new(NeighbourRows.WorstFirst);

    private readonly bool[] _seen = new bool[documents];

    /// <summary>Marks a document touched; false when it was already.</summary>
    public bool TryTouch(int doc)
    {
        if (_seen[doc])
        {
            return false;
        }

        Touch(doc);
        return true;
    }

    public void AddText(int doc, double value)
    {
        Touch(doc);
        Text[doc] += value;
    }

    public void AddDirect(int doc, double score, double text)
    {
        Touch(doc);
        Direct[doc] = score;
        Text[doc] = text;
    }

    public void AddSpread(int doc, double value)
    {
        Touch(doc);
        Spread[doc] += value;
    }

    public void Clear()
    {
        foreach (var doc in Touched)
        {
            Keyword[doc] = 0;
            Text[doc] = 0;
            Direct[doc] = 0;
            Spread[doc] = 0;
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
