using System.Globalization;

namespace KnowledgeBase.Bench.Similarity;

/// <summary>
/// How good one method's lists are on a labelled set, over its five slots (what a page shows):
/// precision@5 counts an empty slot as a miss, so a method cannot look good by listing little;
/// precision of what is listed says how trustworthy what it does list is; MRR@5 is the mean of
/// 1 / rank of the first relevant result within the five (0 when none is).
/// </summary>
public sealed record RankingMetrics(int Queries, double PrecisionAt5, double ListedPrecision, double Mrr, double MeanListed, int FullLists, IReadOnlyList<double> PerQuery)
{
    public const int Slots = 5;

    /// <param name="rank">The method's results for a query id, best first.</param>
    public static RankingMetrics Of(LabelledSet set, Func<string, IReadOnlyList<string>> rank)
    {
        int hits = 0, listed = 0, full = 0;
        var reciprocal = 0.0;
        var queries = set.Queries;
        var perQuery = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var top = rank(query).Take(Slots).ToList();
            var relevant = top.Select(d => set.Relevant(query, d)).ToList();
            hits += relevant.Count(r => r);
            perQuery.Add(relevant.Count(r => r) / (double)Slots);
            listed += top.Count;
            full += top.Count == Slots ? 1 : 0;
            var first = relevant.IndexOf(true);
            reciprocal += first < 0 ? 0 : 1.0 / (first + 1);
        }

        return new RankingMetrics(queries.Count, (double)hits / (Slots * queries.Count),
            listed == 0 ? double.NaN : (double)hits / listed, reciprocal / queries.Count, (double)listed / queries.Count, full, perQuery);
    }

    /// <summary>
    /// The margin of precision@5 over <paramref name="baseline"/>, query by query: its mean, the 95% interval
    /// of that mean (1.96 standard errors), and how many queries gained, tied and lost.
    /// </summary>
    public string Margin(RankingMetrics baseline, string method, string over)
    {
        var diffs = PerQuery.Zip(baseline.PerQuery, (a, b) => a - b).ToList();
        var mean = diffs.Average();
        var sd = Math.Sqrt(diffs.Sum(d => (d - mean) * (d - mean)) / Math.Max(1, diffs.Count - 1));
        var half = 1.96 * sd / Math.Sqrt(diffs.Count);
        static string Signed(double x) => Math.Round(x, 3).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{method} over {over}: precision@5 {Signed(mean)} (95% interval {Signed(mean - half)} to {Signed(mean + half)}; per-query sd {sd:0.000}); {diffs.Count(d => d > 0)} queries gained, {diffs.Count(d => d == 0)} tied, {diffs.Count(d => d < 0)} lost");
    }

    public string Row(string method) => string.Create(CultureInfo.InvariantCulture,
        $"| {method} | {PrecisionAt5:0.000} | {(double.IsNaN(ListedPrecision) ? "–" : ListedPrecision.ToString("0.000", CultureInfo.InvariantCulture))} | {Mrr:0.000} | {MeanListed:0.00} | {FullLists} |");

    public const string Header = "| method | precision@5 | precision of listed | MRR@5 | listed per query | queries with 5 |\n| --- | --- | --- | --- | --- | --- |";
}
