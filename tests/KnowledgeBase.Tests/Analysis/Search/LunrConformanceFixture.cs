using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Rendering;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>
/// Builds the search index of the real shared corpus with our C# port, hands the same documents, words
/// and queries to lunr.js under node once, and keeps both answers for the conformance tests. It does so
/// on first use: a clone without the corpus skips every test and builds nothing.
/// </summary>
public sealed class LunrConformanceFixture
{
    private readonly Lazy<Answers> _answers = new(Compare);

    public LunrIndex Index => _answers.Value.Index;

    public JsonObject OurJson => _answers.Value.OurJson;

    public IReadOnlyList<(string Id, Dictionary<string, LunrFieldValue> Fields)> Documents => _answers.Value.Documents;

    public IReadOnlyList<string> Texts => _answers.Value.Texts;

    public IReadOnlyList<string> Words => _answers.Value.Words;

    public IReadOnlyList<string> Queries => _answers.Value.Queries;

    /// <summary>lunr-harness.js's answer: stems, terms, index, lunrResults, ourResults.</summary>
    public JsonNode Lunr => _answers.Value.Lunr;

    private static Answers Compare()
    {
        var corpus = Path.GetFullPath(Path.Combine(LunrJs.RepoRoot, "..", "shared", "corpus", "public-postmortems"));
        var options = new BuildOptions(corpus, Path.Combine(LunrJs.RepoRoot, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)) { KeepSearchIndex = true };
        var site = new SiteBuilder().Prepare(options).Site;
        var index = site.Search.Index!;
        var ourJson = JsonNode.Parse(LunrIndexSerializer.Serialize(index))!.AsObject();

        List<(string Id, Dictionary<string, LunrFieldValue> Fields)> documents = [.. site.Incidents.Select(i => (i.Id, Fields: SearchIndexer.FieldsOf(i, HtmlText.Of(i.BodyHtml.ToString(), new AngleSharp.Html.Parser.HtmlParser()))))];
        List<string> texts = [.. documents.SelectMany(d => d.Fields.Values.Select(v => v.Text ?? ""))];
        List<string> words = [.. Directory.EnumerateFiles(corpus, "*.md")
            .SelectMany(f => LunrTokenizer.Tokenize(File.ReadAllText(f)))
            .Select(LunrTrimmer.Trim)
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
        var queries = ConformanceQueries.Generate(texts, seed: 2026);

        var input = new JsonObject
        {
            ["words"] = new JsonArray([.. words.Select(w => (JsonNode?)w)]),
            ["texts"] = new JsonArray([.. texts.Select(t => (JsonNode?)t)]),
            ["fields"] = new JsonArray([.. SearchFields.All.Select(f => (JsonNode?)new JsonObject { ["name"] = f.Name, ["boost"] = f.Boost })]),
            ["documents"] = new JsonArray([.. documents.Select(d => (JsonNode?)new JsonObject
            {
                ["ref"] = d.Id,
                ["fields"] = new JsonObject(d.Fields.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.Text))),
            })]),
            ["ourIndex"] = ourJson.DeepClone(),
            ["queries"] = new JsonArray([.. queries.Select(q => (JsonNode?)q)]),
        };
        return new Answers(index, ourJson, documents, texts, words, queries, LunrJs.Run(input));
    }

    private sealed record Answers(
        LunrIndex Index,
        JsonObject OurJson,
        IReadOnlyList<(string Id, Dictionary<string, LunrFieldValue> Fields)> Documents,
        IReadOnlyList<string> Texts,
        IReadOnlyList<string> Words,
        IReadOnlyList<string> Queries,
        JsonNode Lunr);
}
