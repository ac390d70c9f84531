namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Accumulates the scores of one query in arrays indexed by document, remembering which documents it
/// touched, so a query costs what it touches and not a dictionary operation per posting. Reused by one
/// thread from query to query.
/// </summary>
internal sealed class ScoreBuffer(int documents)
{
    public double[] Text { get; } = new double[documents];

    /// <summary>The direct (combined) score of each candidate, when ranking with the neighbours' rows.</summary>
    public double[] Direct { get; } = new double[documents];

    /// <summary>The mean direct score of each candidate with the query's neighbours.</summary>
    public double[] Spread { get; } = new double[documents];
    public List<int> Touched { get; } = [];

    /// <summary>The best candidates of the query in progress, worst on top; kept between queries to reuse its storage.</summary>
    public PriorityQueue<Neighbour, Neighbour> Best { get; } = new(NeighbourRows.WorstFirst);

    /// <summary>The best scores of the query's first pass, lowest on top; kept between queries to reuse its storage.</summary>
    public PriorityQueue<double, double> Floor { get; } = new();

    private readonly bool[] _seen = new bool[documents];

    /// <summary>Per document, the places of the query's keywords it was found to hold (bit p for place p).</summary>
    public ulong[] Shared { get; } = new ulong[documents];

    /// <summary>Notes that a document holds the query's keyword at <paramref name="place"/> (under 64; none past).</summary>
    public void AddShared(int doc, int place)
    {
        Touch(doc);
        if (place < 64)
        {
            Shared[doc] |= 1UL << place;
        }
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
            Text[doc] = 0;
            Direct[doc] = 0;
            Spread[doc] = 0;
            Shared[doc] = 0;
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
