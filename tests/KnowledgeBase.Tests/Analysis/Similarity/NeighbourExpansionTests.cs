using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis.Similarity;

/// <summary>The ranking also reads what an incident's closest matches resemble, and marks weak matches.</summary>
public sealed class NeighbourExpansionTests
{
    private static RenderedFile Make(string id, string body) =>
        Incidents.Make(id, "").WithText(body);

    /// <summary>
    /// "query" and "bridge-*" share the cache words; "bridge-*" and "target" share the replica words; "query" and
    /// "target" share no word at all. The rest fill the knowledge base with other failures.
    /// </summary>
    private static readonly RenderedFile[] Chain =
    [
        Make("query", "Cache eviction storm: evicted keys refilled from the origin."),
        Make("bridge-1", "Cache eviction storm and evicted keys, then replica lag under memory pressure."),
        Make("bridge-2", "Evicted keys after a cache eviction storm; replica lag grew with memory pressure."),
        Make("target", "Replica lag under memory pressure on the primary."),
        Make("disk", "The volume filled with logs and writes failed."),
        Make("cert", "The certificate expired overnight and handshakes failed."),
        Make("dns", "The forwarder served stale resolver records."),
        Make("flag", "A feature flag turned off token validation."),
    ];

    private static readonly string[] Words =
        ["cache", "eviction", "replica", "lag", "memory", "pressure", "forwarder", "resolver", "volume", "quota", "certificate", "token", "deploy", "region", "queue"];

    /// <summary>
    /// Twelve incidents, each with six words of a fifteen-word vocabulary in a sliding window, so each shares
    /// more or fewer words with most others: a knowledge base with a background of weak matches.
    /// </summary>
    private static readonly RenderedFile[] Larger =
        [.. Enumerable.Range(0, 12).Select(i => Make($"window-{i:00}", string.Join(' ', Enumerable.Range(i, 6).Select(w => Words[w % Words.Length]))))];

    private static List<SimilarIncident> SimilarTo(string id, SimilaritySettings settings, int top = 10) =>
        [.. new SimilarityIndex(Chain, settings).SimilarTo(id, top)];

    [Fact]
    public void An_incident_that_shares_no_word_with_the_query_is_found_through_the_querys_closest_matches()
    {
        var similar = SimilarTo("query", SimilaritySettings.Default);

        Assert.Equal(["bridge-1", "bridge-2"], similar.Take(2).Select(s => s.Target.Id).Order());
        var target = Assert.Single(similar, s => s.Target.Id == "target");
        Assert.Equal(0, target.Direct);
        Assert.True(target.Score > 0);
    }

    [Fact]
    public void With_the_neighbours_weight_at_0_only_direct_resemblance_ranks()
    {
        var similar = SimilarTo("query", SimilaritySettings.Default with { Neighbours = 0 });

        Assert.DoesNotContain(similar, s => s.Target.Id == "target");
        Assert.All(similar, s => Assert.Equal(s.Direct, s.Score));
    }

    [Fact]
    public void Every_score_stays_between_0_and_1_and_the_list_is_best_first()
    {
        var similar = SimilarTo("bridge-1", SimilaritySettings.Default);

        Assert.All(similar, s => Assert.InRange(s.Score, 0, 1));
        Assert.Equal(similar.Select(s => s.Score).OrderDescending(), similar.Select(s => s.Score));
    }

    [Fact]
    public void A_list_asked_for_N_has_N_whenever_N_others_share_anything_the_weak_ones_marked()
    {
        var index = new SimilarityIndex(Larger, SimilaritySettings.Default);

        var similar = index.SimilarTo("window-00", 3);

        Assert.Equal(3, similar.Count);
        Assert.All(similar, s => Assert.Equal(s.Score < index.WeakThreshold, s.Weak));
    }

    [Fact]
    public void Without_min_score_the_weak_threshold_is_calibrated_on_the_knowledge_base_and_min_score_overrides_it()
    {
        var calibrated = new SimilarityIndex(Larger, SimilaritySettings.Default);
        var fixedOne = new SimilarityIndex(Larger, SimilaritySettings.Default with { MinScore = 0.3 });

        Assert.InRange(calibrated.WeakThreshold, 0.0001, 0.5);
        Assert.Equal(0.3, fixedOne.WeakThreshold);
        Assert.All(fixedOne.SimilarTo("window-00", 10), s => Assert.Equal(s.Score < 0.3, s.Weak));
        Assert.Contains(calibrated.SimilarTo("window-00", 10), s => s.Weak);
        Assert.Contains(calibrated.SimilarTo("window-00", 10), s => !s.Weak);
    }

    [Fact]
    public void A_knowledge_base_of_fewer_than_ten_has_no_background_to_calibrate_on_so_nothing_is_weak()
    {
        var index = new SimilarityIndex(Chain, SimilaritySettings.Default);

        Assert.Equal(0, index.WeakThreshold);
        Assert.All(index.SimilarTo("query", 10), s => Assert.False(s.Weak));
    }
}
