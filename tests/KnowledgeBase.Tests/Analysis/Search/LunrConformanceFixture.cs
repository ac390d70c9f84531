using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>
/// Builds the search index of the real shared corpus with our C# port, hands the same documents, words
/// and queries to lunr.js under node once, and keeps both answers for the conformance tests.
/// </summary>
public sealed class LunrConformanceFixture
{
    public LunrConformanceFixture()
    {
        var corpus = Path.GetFullPath(Path.Combine(LunrJs.RepoRoot, "..", "shared", "corpus", "public-postmortems"));
        var options = new BuildOptions(corpus, Path.Combine(LunrJs.RepoRoot, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)) { KeepSearchIndex = true };
        var site = new SiteBuilder().Prepare(options).Site;
        Index = site.Search.Index!;
        OurJson = JsonNode.Parse(LunrIndexSerializer.Serialize(Index))!.AsObject();

        Documents = [.. site.Incidents.Select(i => (i.Id, Fields: SearchIndexer.FieldsOf(i, HtmlText.Of(i.BodyHtml.ToString(), new AngleSharp.Html.Parser.HtmlParser()))))];
        Texts = [.. Documents.SelectMany(d => d.Fields.Values.Select(v => v.Text ?? ""))];
        Words = [.. Directory.EnumerateFiles(corpus, "*.md")
            .SelectMany(f => LunrTokenizer.Tokenize(File.ReadAllText(f)))
            .Select(LunrTrimmer.Trim)
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
        Queries = ConformanceQueries.Generate(Texts, seed: 2026);

        var input = new JsonObject
        {
            ["words"] = new JsonArray([.. Words.Select(w => (JsonNode?)w)]),
            ["texts"] = new JsonArray([.. Texts.Select(t => (JsonNode?)t)]),
            ["fields"] = new JsonArray([.. SearchFields.All.Select(f => (JsonNode?)new JsonObject { ["name"] = f.Name, ["boost"] = f.Boost })]),
            ["documents"] = new JsonArray([.. Documents.Select(d => (JsonNode?)new JsonObject
            {
                ["ref"] = d.Id,
                ["fields"] = new JsonObject(d.Fields.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.Text))),
            })]),
            ["ourIndex"] = OurJson.DeepClone(),
            ["queries"] = new JsonArray([.. Queries.Select(q => (JsonNode?)q)]),
        };
        Lunr = LunrJs.Run(input);
    }

    public LunrIndex Index { get; }

    public JsonObject OurJson { get; }

    public IReadOnlyList<(string Id, Dictionary<string, LunrFieldValue> Fields)> Documents { get; }

    public IReadOnlyList<string> Texts { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Queries { get; }

    /// <summary>lunr-harness.js's answer: stems, terms, index, lunrResults, ourResults.</summary>
    public JsonNode Lunr { get; }
}
