namespace KnowledgeBase.Bench;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s: a Zipf law, as word and tag
/// frequencies follow. One uniform draw and a binary search over the cumulative weights.
/// </summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int n, double s)
    {
        _cumulative = new double[n];
        var total = 0.0;
        for (var rank = 0; rank < n; rank++)
        {
            total += 1 / Math.Pow(rank + 1, s);
            _cumulative[rank] = total;
        }
    }

    public int Sample(Random random)
    {
        var u = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, u);
        // Not found: the complement of the first weight above u, which is the rank drawn.
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
