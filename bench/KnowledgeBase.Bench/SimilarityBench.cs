using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Model;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Bench;

/// <summary>
/// How good and how fast similarity is. Quality: on the shared corpus of real public postmortems, each
/// file with a source category (other than "Uncategorized") is a query, its category hidden (the tag
/// the converter made of it is removed everywhere); precision@5 is the share of its five most similar
/// incidents that have the same category. Speed: the whole similarity stage on N generated postmortems.
/// </summary>
public static class SimilarityBench
{
    public static void Evaluate(string repo, string corpus)
    {
        var c = CultureInfo.InvariantCulture;
        var prepared = new SiteBuilder().Prepare(new BuildOptions(corpus, Path.Combine(repo, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)));
        var categoryOf = prepared.Site.Incidents.ToDictionary(i => i.Id, i => i.Postmortem.Extra.GetValueOrDefault("category") as string);
        var hidden = prepared.Site.Incidents
            .Select(i => i with { Postmortem = i.Postmortem with { Tags = [.. i.Postmortem.Tags.Where(t => t != Slug.From(categoryOf[i.Id] ?? ""))] } })
            .ToList();
        var queries = hidden.Where(i => categoryOf[i.Id] is { } cat && cat != "Uncategorized").ToList();
        var text = hidden.ToDictionary(i => i.Id, i => HtmlText.Of(i.BodyHtml.ToString(), new HtmlParser()));

        var shipped = SimilaritySettings.Default with { MinScore = 0 };
        var variants = new (string Name, SimilaritySettings Settings)[]
        {
            ("tags only (Hugo-style)", shipped with { Text = 0, Services = 0, Categories = 0 }),
            ("text only", shipped with { Keywords = 0 }),
            ("shipped combination", shipped),
        }.Concat(Environment.GetEnvironmentVariable("KB_SWEEP") is null ? [] :
            from k in new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.7 }
            from cat in new[] { 0.0, 0.3 }
            select ($"keywords {k} categories {cat}", shipped with { Keywords = k, Categories = cat })).ToArray();

        Console.WriteLine($"queries: {queries.Count} of {hidden.Count} postmortems (category known, not Uncategorized)");
        Console.WriteLine("| signal | precision@5 | queries with 5 results |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var (name, settings) in variants)
        {
            var index = new SimilarityIndex(hidden, settings, i => text[i.Id]);
            double hits = 0;
            var full = 0;
            foreach (var query in queries)
            {
                var top = index.SimilarTo(query.Id, 5);
                hits += top.Count(r => categoryOf[r.Target.Id] == categoryOf[query.Id]);
                full += top.Count == 5 ? 1 : 0;
            }

            Console.WriteLine(string.Create(c, $"| {name} | {hits / (5.0 * queries.Count):0.000} | {full} |"));
        }
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
