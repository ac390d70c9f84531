using System.Runtime.CompilerServices;

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
    /// <summary>The documents touched since the last <see cref="Clear"/>, in the order first touched.</summary>
    public ReadOnlySpan<int> Touched => _touched.AsSpan(0, _count);

    /// <summary>One more than the documents: <see cref="Touch"/> writes past the end before it knows whether the document is new.</summary>
    private readonly int[] _touched = new int[documents + 1];
    private int _count;

    /// <summary>The best candidates of the query in progress, worst on top; kept between queries to reuse its storage.</summary>
    public PriorityQueue<Neighbour, Neighbour> Best { get; } = new(NeighbourRows.WorstFirst);

    /// <summary>The best scores of the query's first pass, lowest on top; kept between queries to reuse its storage.</summary>
    public PriorityQueue<double, double> Floor { get; } = new();

    /// <summary>1 for a document touched since the last <see cref="Clear"/>: a number, so touching needs no branch.</summary>
    private readonly byte[] _seen = new byte[documents];

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
            _seen[doc] = 0;
        }

        _count = 0;
    }

    /// <summary>
    /// Writes the document at the end of the list, and moves the end past it only when it is new. A query
    /// touches each document over and over, in no order a branch could predict: at 10,000 long-tailed
    /// postmortems some 300 million times a build.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Touch(int doc)
    {
        _touched[_count] = doc;
        _count += 1 - _seen[doc];
        _seen[doc] = 1;
    }
}
