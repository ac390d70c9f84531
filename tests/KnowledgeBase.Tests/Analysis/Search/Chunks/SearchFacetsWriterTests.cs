using System.Text.Json.Nodes;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Search.Chunks;

namespace KnowledgeBase.Tests.Analysis.Search.Chunks;

/// <summary>The filters' data: every value once, every document in index order as small numbers.</summary>
public sealed class SearchFacetsWriterTests
{
    private static SearchDocument Doc(string id, string? date, string? severity, int? rank, string[] tags, string[] services) =>
        new(id, id, $"incidents/{id}/index.html", date, date, severity, severity is null ? null : severity.ToUpperInvariant() + " label", rank, [.. tags], [.. services], "", []);

    [Fact]
    public void Each_document_points_at_its_year_severity_tags_and_services()
    {
        var file = SearchFacetsWriter.Write(
        [
            Doc("b", "2025-03-01", "sev2", 1, ["dns", "cache"], ["edge"]),
            Doc("a", null, null, null, ["dns"], []),
            Doc("c", "2023-11-02", "sev1", 0, [], ["edge", "checkout"]),
        ]);
        var json = JsonNode.Parse(file.Content)!;

        string[] Names(string key) => [.. json[key]!.AsArray().Select(n => n!.GetValue<string>())];
        Assert.Equal(["cache", "dns"], Names("tags"));
        Assert.Equal(["checkout", "edge"], Names("services"));
        // Most severe first, as kb.yml orders them.
        Assert.Equal("sev1", json["severities"]![0]![0]!.GetValue<string>());
        Assert.Equal("""[["2025",1,[1,0],[1]],["",-1,[1],[]],["2023",0,[],[1,0]]]""", json["docs"]!.ToJsonString());
        Assert.Matches(@"^search/facets\.[0-9a-f]{10}\.json$", file.Path);
    }
}
