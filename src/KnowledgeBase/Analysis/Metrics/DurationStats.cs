namespace KnowledgeBase.Analysis.Metrics;

/// <summary>
/// Median and 90th percentile of a set of durations (nearest-rank, so every figure is one that happened),
/// with how many there were and how many are still running.
/// </summary>
public sealed record DurationStats(int Count, TimeSpan? Median, TimeSpan? P90, int StillOpen)
{
    /// <summary>Fewer than this many values and a percentile says more about one incident than about a trend.</summary>
    public const int Enough = 3;

    public bool HasEnoughData => Count >= Enough;

    public static DurationStats Of(IEnumerable<TimeSpan> values, int stillOpen = 0)
    {
        var sorted = values.Where(v => v >= TimeSpan.Zero).Order().ToList();
        return sorted.Count == 0
            ? new DurationStats(0, null, null, stillOpen)
            : new DurationStats(sorted.Count, Rank(sorted, 0.5), Rank(sorted, 0.9), stillOpen);
    }

    private static TimeSpan Rank(List<TimeSpan> sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Count) - 1, 0, sorted.Count - 1)];
}
