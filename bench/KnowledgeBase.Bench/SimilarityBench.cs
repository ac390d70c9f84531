using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Bench.Similarity;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Bench;

/// <summary>
/// How good and how fast similarity is. Quality: on two labelled sets of real postmortems, labels hidden
/// from every signal (<see cref="LabelledSets"/>), the lists of tags only, the plain TF-IDF and BM25
/// baselines and the shipped ranking, all measured in the same run on both sets, so no setting is chosen
/// on one set without the other showing. Speed: the whole similarity stage on N generated postmortems.
/// </summary>
public static class SimilarityBench
{
    public static void Evaluate(string repo, string corpora)
    {
        var sets = new[]
        {
            LabelledSets.PublicPostmortems(repo, Path.Combine(corpora, "public-postmortems")),
            LabelledSets.Icco(repo, Path.Combine(corpora, "icco-postmortems")),
        };
        foreach (var set in sets)
        {
            Evaluate(set);
        }
    }

    private static void Evaluate(LabelledSet set)
    {
        var shipped = SimilaritySettings.Default;
        var tfIdf = new TfIdfBaseline(set.Texts());
        var bm25 = new Bm25Baseline(set.Texts());
        var methods = new (string Name, Func<string, IReadOnlyList<string>> Rank)[]
        {
            ("tags only (Hugo-style)", Shipped(set, shipped with { Text = 0, Services = 0, Categories = 0, MinScore = 0 })),
            ("plain TF-IDF cosine", tfIdf.Rank),
            ("BM25", bm25.Rank),
            ($"shipped ranking (MinScore {shipped.MinScore.ToString(CultureInfo.InvariantCulture)})", Shipped(set, shipped)),
            ("shipped ranking (MinScore 0)", Shipped(set, shipped with { MinScore = 0 })),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n## {set.Name}: {set.Queries.Count} queries of {set.Incidents.Count} postmortems, {set.LabelCount()} labels; random precision {set.RandomPrecision():0.000}\n"));
        Console.WriteLine(RankingMetrics.Header);
        foreach (var (name, rank) in methods)
        {
            Console.WriteLine(RankingMetrics.Of(set, rank).Row(name));
        }
    }

    /// <summary>
    /// The shipped index's lists. With MinScore 0 it lists incidents that score 0 (nothing shared, e.g. every
    /// incident for tags only when the text weight is 0), ordered newest first: that is padding, not
    /// similarity, so results scoring 0 are dropped here as the baselines drop cosine 0.
    /// </summary>
    private static Func<string, IReadOnlyList<string>> Shipped(LabelledSet set, SimilaritySettings settings)
    {
        var index = new SimilarityIndex(set.Incidents, settings, set.BodyText);
        return id => [.. index.SimilarTo(id, RankingMetrics.Slots).Where(r => r.Score > 0).Select(r => r.Target.Id)];
    }

    public static void Time(string repo, string corpus, int runs)
    {
        var c = CultureInfo.InvariantCulture;
        var prepared = new SiteBuilder().Prepare(new BuildOptions(corpus, Path.Combine(repo, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)));
        var incidents = prepared.Site.Incidents;
        var texts = incidents.ToDictionary(i => i.Id, i => HtmlText.Of(i.BodyHtml.ToString(), new HtmlParser()));
        var times = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            var index = new SimilarityIndex(incidents, SimilaritySettings.Default, i => texts[i.Id]);
            var links = incidents.AsParallel().Sum(incident => index.SimilarTo(incident.Id, 10).Count);

            times.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(c, $"run {r + 1}: {watch.Elapsed.TotalMilliseconds:0} ms, {links} similar links"));
        }

        times.Sort();
        Console.WriteLine(string.Create(c, $"similarity of {incidents.Length} postmortems (index + top 10 for each): median {times[times.Count / 2]:0} ms over {runs} runs"));
    }
}
