namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// A text's TF-IDF unit vector over the term ids of one <see cref="TextSignal"/>: its terms strongest first
/// (equal weights in term order), which is the order a query walks them in, and the same entries by id,
/// so that the words two vectors share are found by one merge instead of a lookup per word.
/// </summary>
public sealed class TermVector
{
    private readonly int[] _ids;
    private readonly double[] _weights;

    /// <summary>Positions into <see cref="Id"/> and <see cref="Weight"/>, in increasing id.</summary>
    private readonly int[] _byId;

    public static TermVector Empty { get; } = new([], []);

    /// <param name="ids">Term ids, strongest first.</param>
    /// <param name="weights">Their weights, of one length with <paramref name="ids"/>.</param>
    internal TermVector(int[] ids, double[] weights)
    {
        _ids = ids;
        _weights = weights;
        _byId = new int[ids.Length];
        for (var i = 0; i < _byId.Length; i++)
        {
            _byId[i] = i;
        }

        Array.Sort(_byId, (a, b) => ids[a].CompareTo(ids[b]));
    }

    /// <summary>How many terms the vector keeps.</summary>
    public int Count => _ids.Length;

    /// <summary>The id of the <paramref name="rank"/>-th strongest term.</summary>
    internal int Id(int rank) => _ids[rank];

    /// <summary>The weight of the <paramref name="rank"/>-th strongest term.</summary>
    internal double Weight(int rank) => _weights[rank];

    /// <summary>Each term the two vectors share, with the product of its weights (this one's first), in increasing id.</summary>
    internal IEnumerable<(int Id, double Product)> Shared(TermVector other)
    {
        int i = 0, j = 0;
        while (i < _byId.Length && j < other._byId.Length)
        {
            int a = _ids[_byId[i]], b = other._ids[other._byId[j]];
            if (a < b)
            {
                i++;
            }
            else if (a > b)
            {
                j++;
            }
            else
            {
                yield return (a, _weights[_byId[i]] * other._weights[other._byId[j]]);
                i++;
                j++;
            }
        }
    }
}
