using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Bench.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;
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
            ("tags only (Hugo-style)", Shipped(set, shipped with { Text = 0, Services = 0, Categories = 0, Neighbours = 0 }, pages: false)),
            ("plain TF-IDF cosine", tfIdf.Rank),
            ("BM25", bm25.Rank),
            ("shipped without neighbours (direct only)", Shipped(set, shipped with { Neighbours = 0 }, pages: false)),
            ("shipped: `kb similar --top 5`", Shipped(set, shipped, pages: false)),
            ("shipped: pages (weak left out)", Shipped(set, shipped, pages: true)),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n## {set.Name}: {set.Queries.Count} queries of {set.Incidents.Count} postmortems, {set.LabelCount()} labels; random precision {set.RandomPrecision():0.000}\n"));
        Console.WriteLine(RankingMetrics.Header);
        var results = methods.Select(m => (m.Name, Metrics: RankingMetrics.Of(set, m.Rank))).ToList();
        foreach (var (name, metrics) in results)
        {
            Console.WriteLine(metrics.Row(name));
        }

        var baseline = results.Single(r => r.Name == "plain TF-IDF cosine").Metrics;
        Console.WriteLine();
        foreach (var (name, metrics) in results.Where(r => r.Name.StartsWith("shipped", StringComparison.Ordinal)))
        {
            Console.WriteLine("- " + metrics.Margin(baseline, name, "plain TF-IDF"));
        }
    }

    /// <summary>
    /// The shipped index's lists: all it ranks (as <c>kb similar --top 5</c> lists them, weak ones marked), or
    /// what a page shows, weak matches left out (the calibrated threshold). A page also splits its list by
    /// date; that split is left aside here, since the labels say nothing of time.
    /// </summary>
    private static Func<string, IReadOnlyList<string>> Shipped(LabelledSet set, SimilaritySettings settings, bool pages)
    {
        var index = new SimilarityIndex([.. set.Incidents.Select(i => new RenderedFile(i, BodyText.InMemory(set.BodyText(i))))], settings);
        return id => [.. index.SimilarTo(id, RankingMetrics.Slots).Where(r => r.Score > 0 && !(pages && r.Weak)).Select(r => r.Target.Id)];
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
            var index = new SimilarityIndex([.. incidents.Select(i => new RenderedFile(i, BodyText.InMemory(texts[i.Id])))], SimilaritySettings.Default);
            var links = incidents.AsParallel().Sum(incident => index.SimilarTo(incident.Id, 10).Count);

            times.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(c, $"run {r + 1}: {watch.Elapsed.TotalMilliseconds:0} ms, {links} similar links"));
        }

        times.Sort();
        Console.WriteLine(string.Create(c, $"similarity of {incidents.Length} postmortems (index + top 10 for each): median {times[times.Count / 2]:0} ms over {runs} runs"));
    }
}
