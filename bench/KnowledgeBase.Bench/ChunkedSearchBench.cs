using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Testing;
using Microsoft.Playwright;

namespace KnowledgeBase.Bench;

/// <summary>
/// The chunked search on N generated postmortems, as a reader meets it: the site is built, its search
/// page opened in headless chromium with a three-word query and a cold cache, and every request
/// recorded. Reports the bytes a static host serving gzip would send for the search (and for the whole
/// page), and the time from the last search file arriving to the results on screen. Then checks that
/// the chunked client answers generated queries exactly as lunr.js does on the whole index.
/// </summary>
public static class ChunkedSearchBench
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>First searches timed in the browser, each on a cold cache; the figures quoted are their medians.</summary>
    private const int PageQueries = 9;

    public static int Run(string repo, CorpusProfile profile, int count, int seed, int queries)
    {
        var input = profile.Cached(count, seed);
        var site = profile.Folder("site", count, seed);
        Console.WriteLine($"profile: {profile.Name}");
        var watch = Stopwatch.StartNew();
        var options = new BuildOptions(input, Path.Combine(repo, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)) { OutputDirectory = site, KeepSearchIndex = true };
        var builder = new SiteBuilder();
        var prepared = builder.Prepare(options);
        var build = builder.Write(prepared, options);
        Console.WriteLine(string.Create(C, $"built {build.PagesWritten} pages for {count} postmortems in {watch.Elapsed.TotalSeconds:0.0} s"));
        var searchFiles = Directory.EnumerateFiles(Path.Combine(site, "search"), "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Console.WriteLine(string.Create(C, $"search files: {searchFiles.Count}, {searchFiles.Sum(f => new FileInfo(f).Length) / 1e6:0.0} MB raw in all; manifest {new FileInfo(Path.Combine(site, "search", "manifest.json")).Length / 1024.0:0.0} kB raw"));

        var words = Vocabulary(site);
        var random = new Random(seed);
        var pageQueries = Enumerable.Range(0, PageQueries).Select(_ => string.Join(' ', Enumerable.Range(0, 3).Select(_ => words[random.Next(words.Count)]))).ToList();
        BrowserRuns(site, "three words", pageQueries).GetAwaiter().GetResult();
        // The same queries with a letter dropped from the middle of their longest word: a word the index
        // lacks, so the term dictionary is fetched and the word expanded to its near terms.
        BrowserRuns(site, "a typo", [.. pageQueries.Select(Misspelled)]).GetAwaiter().GetResult();
        return Exactness(repo, site, prepared.Site.Search, words, queries, seed);
    }

    private static string Misspelled(string query)
    {
        var words = query.Split(' ');
        var longest = words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First();
        return string.Join(' ', words.Select(w => w == longest ? w.Remove(w.Length / 2, 1) : w));
    }

    /// <summary>Words readers would type: the display words of the generated summaries.</summary>
    private static List<string> Vocabulary(string site)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, "search", "docs")).OrderBy(f => int.Parse(Path.GetFileName(f)[1..Path.GetFileName(f).IndexOf('.', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).Take(40))
        {
            foreach (var doc in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            {
                foreach (var word in doc!["summary"]!.GetValue<string>().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var w = new string([.. word.Where(char.IsLetter)]).ToLowerInvariant();
                    if (w.Length >= 5)
                    {
                        words.Add(w);
                    }
                }
            }
        }

        return [.. words];
    }

    private static async Task BrowserRuns(string site, string kind, List<string> queries)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        using var server = new LoopbackServer(site);
        var Base = server.BaseUrl;
        var gzipped = new Dictionary<string, long>(StringComparer.Ordinal);
        Console.WriteLine("query                                       search kB (gz)  page kB (gz)  requests  last search file → results on screen");
        var searchBytes = new List<double>();
        var toScreen = new List<double>();
        var intoDom = new List<double>();
        var fromTermChunks = new List<double>();
        var requests = new List<double>();
        var fromNavigation = new List<double>();
        // Where the time from navigation goes: the scripts arrived, the manifest arrived, the last term
        // chunk (or typo part) arrived, the first display chunk was asked for.
        var scriptsEnd = new List<double>();
        var manifestEnd = new List<double>();
        var termsEnd = new List<double>();
        var docsStart = new List<double>();
        foreach (var query in queries)
        {
            // A fresh context: a first visit, nothing cached.
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var fetched = new List<string>();
            page.Request += (_, request) =>
            {
                lock (fetched)
                {
                    fetched.Add(Uri.UnescapeDataString(new Uri(request.Url).AbsolutePath.TrimStart('/')));
                }
            };
            await page.AddInitScriptAsync("""
                window.__kbShown = null;
                window.__kbInserted = null;
                new MutationObserver(function () {
                  if (window.__kbInserted !== null || !document.querySelector('#search-results li')) return;
                  window.__kbInserted = performance.now();
                  // On screen: the next frame, laid out (painting 20 cards after that is negligible).
                  requestAnimationFrame(function () { void document.body.offsetHeight; window.__kbShown = performance.now(); });
                }).observe(document, { subtree: true, childList: true });
                """);
            await page.GotoAsync(Base + "search/index.html?q=" + Uri.EscapeDataString(query));
            await page.WaitForFunctionAsync("window.__kbShown !== null || /^0 incidents/.test(document.getElementById('search-status').textContent)", null, new() { Timeout = 60_000 });
            var shown = await page.EvaluateAsync<double?>("window.__kbShown");
            var inserted = await page.EvaluateAsync<double?>("window.__kbInserted");
            var lastSearchFile = await page.EvaluateAsync<double>("Math.max(...performance.getEntriesByType('resource').filter(e => /\\/search\\/.+\\.json$/.test(e.name)).map(e => e.responseEnd))");
            var lastTermChunk = await page.EvaluateAsync<double>("Math.max(0, ...performance.getEntriesByType('resource').filter(e => /\\/search\\/terms\\//.test(e.name)).map(e => e.responseEnd))");
            scriptsEnd.Add(await page.EvaluateAsync<double>("Math.max(0, ...performance.getEntriesByType('resource').filter(e => /\\.js$/.test(e.name)).map(e => e.responseEnd))"));
            manifestEnd.Add(await page.EvaluateAsync<double>("Math.max(0, ...performance.getEntriesByType('resource').filter(e => /manifest\\.json$/.test(e.name)).map(e => e.responseEnd))"));
            termsEnd.Add(await page.EvaluateAsync<double>("Math.max(0, ...performance.getEntriesByType('resource').filter(e => /\\/search\\/(terms|typo)/.test(e.name)).map(e => e.responseEnd))"));
            docsStart.Add(await page.EvaluateAsync<double>("Math.min(1e9, ...performance.getEntriesByType('resource').filter(e => /\\/search\\/docs\\//.test(e.name)).map(e => e.startTime))"));
            var searchKb = fetched.Where(f => f.StartsWith("search/", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal)).Sum(f => Gzipped(site, f, gzipped)) / 1024.0;
            var pageKb = fetched.Sum(f => Gzipped(site, f, gzipped)) / 1024.0;
            searchBytes.Add(searchKb);
            var delay = shown is { } s ? s - lastSearchFile : double.NaN;
            var fromTerms = shown is { } s2 ? s2 - lastTermChunk : double.NaN;
            var toDom = inserted is { } i ? i - lastSearchFile : double.NaN;
            toScreen.Add(delay);
            intoDom.Add(toDom);
            fromTermChunks.Add(fromTerms);
            requests.Add(fetched.Count);
            fromNavigation.Add(shown ?? double.NaN);
            Console.WriteLine(string.Create(C, $"{query,-44} {searchKb,12:0.0}  {pageKb,12:0.0}  {fetched.Count,8}  {(shown is null ? "no results" : $"{delay:0} ms (in the page {toDom:0} ms; from the last term chunk {fromTerms:0} ms)")}"));
        }

        Console.WriteLine(string.Create(C, $"{kind}: search data per query: median {Median(searchBytes):0.0} kB, max {searchBytes.Max():0.0} kB gzipped; last file → results on screen: median {Median(toScreen):0} ms, max {toScreen.Max():0} ms (in the page: median {Median(intoDom):0} ms); last term chunk → results: median {Median(fromTermChunks):0} ms; requests: median {Median(requests):0}; navigation → results on screen: median {Median(fromNavigation):0} ms"));
        Console.WriteLine(string.Create(C, $"{kind}: from navigation (medians): scripts in {Median(scriptsEnd):0} ms, manifest in {Median(manifestEnd):0} ms, last term chunk in {Median(termsEnd):0} ms, first display chunk asked {Median(docsStart):0} ms, results on screen {Median(fromNavigation):0} ms"));
    }

    private static long Gzipped(string site, string relative, Dictionary<string, long> known)
    {
        var file = Path.Combine(site, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
        if (!File.Exists(file))
        {
            return 0;
        }

        if (!known.TryGetValue(file, out var size))
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(File.ReadAllBytes(file));
            }

            known[file] = size = buffer.Length;
        }

        return size;
    }

    /// <summary>The chunked client against lunr.js on the whole index, under node, for generated queries.</summary>
    private static int Exactness(string repo, string site, SearchData search, List<string> words, int count, int seed)
    {
        var random = new Random(seed + 1);
        string Word() => words[random.Next(words.Count)];
        var queries = Enumerable.Range(0, count).Select(i => (i % 8) switch
        {
            0 => $"+{Word()} {Word()}",
            1 => $"{Word()} -{Word()}",
            2 => Word()[..4] + "*",
            3 => Word() + "~1",
            4 => $"title:{Word()}",
            5 => $"{Word()} {Word()} {Word()}",
            6 => $"{Word()}^10 {Word()}",
            _ => Word(),
        }).ToList();

        var work = Path.Combine(Path.GetTempPath(), "kb-bench-exactness-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            var inputFile = Path.Combine(work, "input.json");
            using (var stream = File.Create(inputFile))
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WritePropertyName("index");
                json.WriteRawValue(LunrIndexSerializer.Serialize(search.Index!), skipInputValidation: true);
                json.WriteStartArray("refs");
                foreach (var d in search.Documents)
                {
                    json.WriteStringValue(d.Id);
                }

                json.WriteEndArray();
                json.WriteStartArray("queries");
                foreach (var q in queries)
                {
                    json.WriteStringValue(q);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            var output = Path.Combine(work, "output.json");
            var harness = Path.Combine(repo, "tests", "KnowledgeBase.Tests", "Analysis", "Search", "chunked-harness.js");
            using var node = Process.Start(new ProcessStartInfo("node", ["--max-old-space-size=4096", harness, Path.Combine(repo, "theme", "node_modules", "lunr", "lunr.js"),
                Path.Combine(repo, "theme", "assets", "search-chunks.js"), site, inputFile, output]))!;
            node.WaitForExit();
            if (node.ExitCode != 0)
            {
                Console.Error.WriteLine("chunked-harness.js failed");
                return 1;
            }

            var answers = JsonNode.Parse(File.ReadAllText(output), documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!["answers"]!.AsArray();
            bool LunrFailed(JsonNode a) => a["expected"] is JsonObject e && e["error"]?.GetValue<string>() == "TypeError" && a["actual"] is JsonArray;
            var compared = answers.Where(a => !LunrFailed(a!)).ToList();
            var same = compared.Count(a => JsonNode.DeepEquals(a!["expected"], a["actual"]));
            var matching = compared.Count(a => a!["expected"] is JsonArray { Count: > 0 });
            Console.WriteLine(string.Create(C, $"exactness: {same} of {compared.Count} queries answered exactly as lunr.js on the whole index ({matching} match documents; {answers.Count - compared.Count} where lunr.js itself fails on a wildcard left out)"));
            foreach (var a in compared.Where(a => !JsonNode.DeepEquals(a!["expected"], a["actual"])).Take(5))
            {
                Console.WriteLine($"  differs: {a!["query"]}");
            }

            return same == compared.Count ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
