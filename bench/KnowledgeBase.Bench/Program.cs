using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Bench;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Rendering;
using KnowledgeBase.Testing;

// kb benchmarks. See bench/README.md.
// Every command that generates a corpus takes --profile composed (the default) or --profile longtail.
//   generate N DIR [SEED]        writes N postmortems (seeded) into DIR
//   profile-stats N [SEED]       the measured shape of each profile's corpus (or of the --profile given)
//   search N [SEED] [RUNS]       search index: build time (ours vs lunr.js), size raw/gzip, query medians in node
//   similarity eval              labelled real postmortems (public, icco): tags only, TF-IDF, BM25, shipped ranking
//   similarity N [SEED] [RUNS]   time of the similarity stage on N generated postmortems
//   chunked-search N [SEED] [QUERIES]  the search page in chromium: bytes and time per first search; exactness vs lunr.js
//   incremental N [SEED] [RUNS]  one edited file in N: kb build with its cache and kb serve's warm rebuild vs a clean build
//   real [PAIRS]                 kb's default build against Hugo's plain build on ../shared/corpus/'s real archives, in pairs
//   build N [SEED]               full kb build (wall, CPU, peak memory, by stage) vs Hugo on the same postmortems, with and without related content
//   fuzz SECONDS [SEED]          fuzz the single-file pipeline; failing inputs go to bench/fuzz-findings/
var c = CultureInfo.InvariantCulture;
var profileGiven = args.Any(a => a == "--profile" || a.StartsWith("--profile=", StringComparison.Ordinal));
(var profile, args) = CorpusProfile.Take(args);
if (profile is null)
{
    return 2;
}

if (args.Length > 0 && args[0] == "real")
{
    return RealBench.Run(FindRepo(), Path.GetFullPath(Path.Combine(FindRepo(), "..", "shared", "corpus")), args.Length > 1 ? int.Parse(args[1], c) : 5);
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: bench generate N DIR [SEED] [--profile composed|longtail] | bench search N [SEED] [RUNS] | ... (see bench/README.md)");
    return 2;
}

if (args[0] == "similarity" && args[1] == "eval")
{
    SimilarityBench.Evaluate(FindRepo(), Path.GetFullPath(Path.Combine(FindRepo(), "..", "shared", "corpus")));
    return 0;
}

if (args[0] == "fuzz")
{
    return Fuzz.Run(int.Parse(args[1], c), args.Length > 2 ? int.Parse(args[2], c) : 1, Path.Combine(FindRepo(), "bench", "fuzz-findings"));
}

var count = int.Parse(args[1], c);
switch (args[0])
{
    case "similarity":
        {
            var seed = args.Length > 2 ? int.Parse(args[2], c) : 42;
            Console.WriteLine($"profile: {profile.Name}");
            SimilarityBench.Time(FindRepo(), profile.Cached(count, seed), args.Length > 3 ? int.Parse(args[3], c) : 3);
            return 0;
        }
    case "chunked-search":
        return ChunkedSearchBench.Run(FindRepo(), profile, count, args.Length > 2 ? int.Parse(args[2], c) : 42, args.Length > 3 ? int.Parse(args[3], c) : 200);
    case "build":
        return BuildBench.Run(FindRepo(), profile, count, args.Length > 2 ? int.Parse(args[2], c) : 42);
    case "incremental":
        return IncrementalBench.Run(FindRepo(), profile, count, args.Length > 2 ? int.Parse(args[2], c) : 42, args.Length > 3 ? int.Parse(args[3], c) : 5);
    case "generate":
        profile.Write(args[2], count, args.Length > 3 ? int.Parse(args[3], c) : 42);
        Console.WriteLine($"wrote {count} postmortems ({profile.Name} profile) to {args[2]}");
        return 0;
    case "profile-stats":
        return ProfileStats.Run(profileGiven ? [profile] : CorpusProfile.All, count, args.Length > 2 ? int.Parse(args[2], c) : 42);
    case "search":
        return SearchBench(profile, count, args.Length > 2 ? int.Parse(args[2], c) : 42, args.Length > 3 ? int.Parse(args[3], c) : 5);
    default:
        Console.Error.WriteLine($"unknown benchmark '{args[0]}'");
        return 2;
}

int SearchBench(CorpusProfile profile, int n, int seed, int runs)
{
    var repo = FindRepo();
    var work = profile.Cached(n, seed);

    var prepared = new SiteBuilder().Prepare(new BuildOptions(work, Path.Combine(repo, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)));
    var incidents = prepared.Site.Incidents;
    var parser = new AngleSharp.Html.Parser.HtmlParser();
    var bodyText = incidents.ToDictionary(i => i.Id, i => HtmlText.Of(i.BodyHtml.ToString(), parser));
    var words = bodyText.Values.Sum(t => t.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length);

    var times = new List<double>();
    SearchData? data = null;
    for (var r = 0; r < runs; r++)
    {
        var watch = Stopwatch.StartNew();
        data = SearchIndexer.Build(incidents, prepared.Site.Config, i => bodyText[i.Id]);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    var index = LunrIndexSerializer.Serialize(data!.Index!);
    using var gz = new MemoryStream();
    using (var zip = new GZipStream(gz, CompressionLevel.Optimal, leaveOpen: true))
    {
        zip.Write(index);
    }

    var docs = new JsonObject
    {
        ["fields"] = new JsonArray([.. SearchFields.All.Select(f => (JsonNode?)new JsonObject { ["name"] = f.Name, ["boost"] = f.Boost })]),
        ["documents"] = new JsonArray([.. incidents.Select(i => (JsonNode?)new JsonObject
        {
            ["ref"] = i.Id,
            ["fields"] = new JsonObject(SearchIndexer.FieldsOf(i, bodyText[i.Id]).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.Text))),
        })]),
    };
    var docsFile = work + ".docs.json";
    var indexFile = work + ".index.json";
    File.WriteAllText(docsFile, docs.ToJsonString());
    File.WriteAllBytes(indexFile, index);

    var node = Process.Start(new ProcessStartInfo("node",
        [Path.Combine(AppContext.BaseDirectory, "search-bench.js"), Path.Combine(repo, "theme", "node_modules", "lunr", "lunr.js"), docsFile, indexFile, runs.ToString(c)])
    { RedirectStandardOutput = true })!;
    var nodeOut = JsonNode.Parse(node.StandardOutput.ReadToEnd())!;
    node.WaitForExit();

    var ours = Median(times);
    var lunrJs = nodeOut["lunrJsBuildMedianMs"]!.GetValue<double>();
    Console.WriteLine(string.Create(c, $"postmortems: {n} ({profile.Name} profile, seed {seed}), body words: mean {words / Math.Max(1, n)}, runs: {runs}"));
    Console.WriteLine(string.Create(c, $"index build, ours (C#):   median {ours:0} ms"));
    Console.WriteLine(string.Create(c, $"index build, lunr.js:     median {lunrJs:0} ms   (ratio ours/lunr.js {ours / lunrJs:0.00})"));
    Console.WriteLine(string.Create(c, $"index size: {index.Length / 1024.0 / 1024.0:0.00} MB raw, {gz.Length / 1024.0 / 1024.0:0.00} MB gzipped"));
    Console.WriteLine(string.Create(c, $"index load in node (JSON.parse + lunr.Index.load): median {nodeOut["ourIndexLoadMedianMs"]!.GetValue<double>():0} ms"));
    Console.WriteLine(string.Create(c, $"query in node: median {nodeOut["queryMedianMs"]!.GetValue<double>():0.00} ms over {nodeOut["queries"]!.AsArray().Count} queries"));
    foreach (var q in nodeOut["queries"]!.AsArray())
    {
        Console.WriteLine(string.Create(c, $"  {q!["query"]!.GetValue<string>(),-28} {q["medianMs"]!.GetValue<double>(),8:0.00} ms  {q["hits"]!.GetValue<int>(),6} hits"));
    }

    return 0;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}
