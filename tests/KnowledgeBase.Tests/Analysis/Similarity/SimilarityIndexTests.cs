using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis.Similarity;

public sealed class SimilarityIndexTests
{
    /// <summary>These specify the direct signals (keywords, wording): the neighbours' part is off (see NeighbourExpansionTests).</summary>
    private static readonly SimilaritySettings Settings = SimilaritySettings.Default with { MinScore = 0.01, Neighbours = 0 };

    private static RenderedFile Make(string id, string frontMatter, string body = "") =>
        Incidents.Make(id, frontMatter).WithText(body);

    private static List<SimilarIncident> SimilarTo(IReadOnlyList<RenderedFile> incidents, string id, SimilaritySettings? settings = null)
    {
        var index = new SimilarityIndex(incidents, settings ?? Settings);
        return [.. index.SimilarTo(id, 10)];
    }

    [Fact]
    public void A_shared_rare_tag_counts_more_than_a_shared_common_one()
    {
        RenderedFile[] incidents =
        [
            Make("query", "tags: [dns, outage]"),
            Make("rare", "tags: [dns]"),
            Make("common-1", "tags: [outage]"),
            Make("common-2", "tags: [outage, storage]"),
            Make("other-1", "tags: [storage]"),
            Make("other-2", "tags: [storage]"),
        ];

        var similar = SimilarTo(incidents, "query");

        Assert.Equal("rare", similar[0].Target.Id);
        Assert.True(similar[0].Score > similar.Single(s => s.Target.Id == "common-1").Score);
    }

    [Fact]
    public void A_keyword_on_more_than_half_the_incidents_is_ignored()
    {
        RenderedFile[] incidents =
        [
            Make("a", "tags: [outage]"), Make("b", "tags: [outage]"), Make("c", "tags: [outage]"), Make("d", "tags: [dns]"),
        ];

        Assert.Empty(SimilarTo(incidents, "a", Settings with { Text = 0 }));
    }

    [Fact]
    public void Equal_scores_are_ordered_newest_first_then_by_id()
    {
        RenderedFile[] incidents =
        [
            Make("query", "tags: [dns]"),
            Make("b-old", "tags: [dns]\ndate: 2020-01-01"),
            Make("c-new", "tags: [dns]\ndate: 2024-01-01"),
            Make("a-new", "tags: [dns]\ndate: 2024-01-01"),
            Make("undated", "tags: [dns]"),
            Make("x", "tags: [storage]"), Make("y", "tags: [storage]"), Make("z", "tags: [network]"), Make("w", "tags: [network]"),
            Make("v", "tags: [network]"), Make("u", "tags: [network]"),
        ];

        var ids = SimilarTo(incidents, "query", Settings with { Text = 0 }).Select(s => s.Target.Id);

        Assert.Equal(["a-new", "c-new", "b-old", "undated"], ids);
    }

    [Fact]
    public void Reasons_name_the_shared_tags_services_and_words()
    {
        RenderedFile[] incidents =
        [
            Make("query", "tags: [certificates]\nservices: [edge-proxy]", "The certificate expired and the handshake failed at the edge."),
            Make("match", "tags: [certificates]\nservices: [edge-proxy]", "An expired certificate broke every handshake at the edge."),
            Make("x", "tags: [storage]", "Disk filled up on the database host."),
            Make("y", "tags: [storage]", "Backups ran late because the disk was slow."),
        ];

        var match = SimilarTo(incidents, "query").Single(s => s.Target.Id == "match");

        Assert.Contains("shared tags: certificates", match.Reasons);
        Assert.Contains("same services: edge-proxy", match.Reasons);
        var wording = Assert.Single(match.Reasons, r => r.StartsWith("similar wording: ", StringComparison.Ordinal));
        Assert.Contains("certificate", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incident_is_never_similar_to_itself_and_low_scores_are_left_out()
    {
        RenderedFile[] incidents =
        [
            Make("a", "tags: [dns]", "resolver cache"), Make("b", "tags: [dns]", "resolver cache"),
            Make("c", "tags: [disk]", "full volume"), Make("d", "tags: [disk]", "full volume"),
        ];

        var similar = SimilarTo(incidents, "a", Settings with { MinScore = 0.5 });

        Assert.Equal(["b"], similar.Select(s => s.Target.Id));
    }

    [Fact]
    public void A_draft_finds_the_incidents_that_share_its_words()
    {
        RenderedFile[] incidents =
        [
            Make("dns", "", "The resolver returned stale records after the forwarder change."),
            Make("disk", "", "The volume filled with logs and writes failed."),
            Make("cert", "", "The certificate expired overnight."),
        ];
        var index = new SimilarityIndex(incidents, Settings);
        var draft = new Postmortem { Id = "draft", SourcePath = "draft.md", Title = "Stale resolver records", Body = "" };

        var similar = index.Similar(SimilarityInput.DocumentOf(draft, "", "the forwarder served stale records"), exclude: null, top: 5);

        Assert.Equal("dns", similar[0].Target.Id);
    }
}
