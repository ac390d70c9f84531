using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Search.Chunks;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Rendering;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Analysis.Search.Chunks;

/// <summary>
/// Chunks the search index of the real shared corpus (small chunks, so that many boundaries are crossed),
/// writes the chunks as a site would serve them, and runs chunked-harness.js once: lunr.js on the whole
/// index and the theme's chunked client on the chunks, for the conformance queries. It does so on first
/// use: a clone without the corpus skips every test and builds nothing.
/// </summary>
public sealed class ChunkedSearchFixture : IDisposable
{
    /// <summary>Small enough to cut the corpus's dictionary into dozens of chunks.</summary>
    public const int ChunkBytes = 4 * 1024;

    /// <summary>Small enough that one key's terms often span two parts of the typo dictionary.</summary>
    public const int TypoPartBytes = 1024;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-chunks-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<Run> _run;

    public ChunkedSearchFixture() => _run = new(Compare);

    public ChunkedSearchData Chunked => _run.Value.Chunked;

    public IReadOnlyList<string> Queries => _run.Value.Queries;

    /// <summary>Per query: query, expected (lunr.js, whole index), actual (chunked client), fetched (files).</summary>
    public IReadOnlyList<JsonNode> Answers => _run.Value.Answers;

    /// <summary>Per misspelt word: word, parts (corrections from the typo parts), whole (from the whole dictionary), fetched.</summary>
    public IReadOnlyList<JsonNode> Typos => _run.Value.Typos;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Run Compare()
    {
        var corpus = Path.GetFullPath(Path.Combine(LunrJs.RepoRoot, "..", "shared", "corpus", "public-postmortems"));
        var options = new BuildOptions(corpus, Path.Combine(LunrJs.RepoRoot, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)) { KeepSearchIndex = true };
        var site = new SiteBuilder().Prepare(options).Site;
        var chunked = SearchChunker.Chunk(site.Search.Index!, site.Search.Documents, ChunkBytes, TypoPartBytes);
        foreach (var file in chunked.Files.Append(chunked.Manifest))
        {
            var full = Path.Combine(_folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, file.Content);
        }

        var texts = site.Incidents.SelectMany(i => SearchIndexer.FieldsOf(i, HtmlText.Of(i.BodyHtml.ToString(), new AngleSharp.Html.Parser.HtmlParser())).Values.Select(v => v.Text ?? "")).ToList();
        var queries = ConformanceQueries.Generate(texts, seed: 2026);
        var typos = ConformanceQueries.Misspell(texts, count: 300, seed: 2026);
        var input = new JsonObject
        {
            ["index"] = JsonNode.Parse(LunrIndexSerializer.Serialize(site.Search.Index!)),
            ["refs"] = new JsonArray([.. site.Search.Documents.Select(d => (JsonNode?)d.Id)]),
            ["queries"] = new JsonArray([.. queries.Select(q => (JsonNode?)q)]),
            ["typos"] = new JsonArray([.. typos.Select(q => (JsonNode?)q)]),
        };
        File.WriteAllText(Path.Combine(_folder, "input.json"), input.ToJsonString());
        var output = Path.Combine(_folder, "output.json");
        var harness = Path.Combine(AppContext.BaseDirectory, "Analysis", "Search", "chunked-harness.js");
        var client = Path.Combine(LunrJs.RepoRoot, "theme", "assets", "search-chunks.js");
        using var process = Process.Start(new ProcessStartInfo("node", [harness, LunrJs.LunrPath, client, _folder, Path.Combine(_folder, "input.json"), output])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException("chunked-harness.js failed: " + error.Result);
        }

        var result = JsonNode.Parse(File.ReadAllText(output), documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!;
        List<JsonNode> answers = [.. result["answers"]!.AsArray().Select(a => a!)];
        List<JsonNode> misspelt = [.. result["typos"]!.AsArray().Select(a => a!)];
        return new Run(chunked, queries, answers, misspelt);
    }

    private sealed record Run(ChunkedSearchData Chunked, IReadOnlyList<string> Queries, IReadOnlyList<JsonNode> Answers, IReadOnlyList<JsonNode> Typos);
}
