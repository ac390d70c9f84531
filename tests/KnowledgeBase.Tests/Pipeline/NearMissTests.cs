using System.Text.Json.Nodes;
using KnowledgeBase.Analysis.Search.Chunks;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>A near miss (kind: near-miss) is labelled on its page and in lists, and can be filtered in search.</summary>
public class NearMissTests
{
    private static SmallSite Site() => new SmallSite()
        .Postmortem("outage.md", "title: Outage\ndate: 2024-01-01\nseverity: sev2")
        .Postmortem("close-call.md", "title: Close call\nkind: near-miss\ndate: 2024-02-01\nseverity: sev4");

    [Fact]
    public void A_near_miss_is_labelled_on_its_page_in_the_incident_lists_and_on_the_home_page()
    {
        using var site = Site();
        site.BuildClean();

        Assert.Equal("Near miss", site.Page("incidents/close-call/index.html").QuerySelector(".incident-header .badge.near-miss")!.TextContent);
        Assert.Null(site.Page("incidents/outage/index.html").QuerySelector(".badge.near-miss"));
        Assert.Single(site.Page("incidents/index.html").QuerySelectorAll(".badge.near-miss"));
        Assert.Single(site.Page("index.html").QuerySelectorAll(".badge.near-miss"));
        Assert.Single(site.Page("severities/sev4/index.html").QuerySelectorAll(".badge.near-miss"));
    }

    [Fact]
    public void The_search_filters_data_marks_a_near_miss_with_a_fifth_entry_and_nothing_else()
    {
        using var site = Site();
        site.BuildClean();

        var facets = Directory.GetFiles(Path.Combine(site.Output, "search"), "facets.*.json").Single();
        var docs = JsonNode.Parse(File.ReadAllText(facets))!["docs"]!.AsArray();
        // Newest first: the near miss of February, then the outage of January.
        Assert.Equal(5, docs[0]!.AsArray().Count);
        Assert.Equal(1, docs[0]![4]!.GetValue<int>());
        Assert.Equal(4, docs[1]!.AsArray().Count);
    }

    [Fact]
    public void Without_near_misses_the_search_filters_data_is_as_before()
    {
        using var site = new SmallSite().Postmortem("outage.md", "title: Outage\ndate: 2024-01-01");
        site.BuildClean();

        var facets = Directory.GetFiles(Path.Combine(site.Output, "search"), "facets.*.json").Single();
        Assert.Equal("""[["2024",-1,[],[]]]""", JsonNode.Parse(File.ReadAllText(facets))!["docs"]!.ToJsonString());
    }

    [Fact]
    public void Incidents_json_carries_the_new_fields_only_where_a_postmortem_has_them()
    {
        using var site = new SmallSite()
            .Postmortem("outage.md", "title: Outage\ndate: 2024-01-01\ncontributing_factors:\n  - {category: technical, description: d}\naction_items:\n  - {title: t, owner: o}")
            .Postmortem("close-call.md", """
                title: Close call
                kind: near-miss
                date: 2024-02-01
                contributing_factors:
                  - {id: f, category: technical, description: d, influences: [impact], no_action: Accepted.}
                action_items:
                  - {title: t, owner: o, ticket: T-1, addresses: [f], priority: high, tags: [strategic], status: wont-do, reason: Superseded.}
                """);
        site.Build();

        var incidents = JsonNode.Parse(File.ReadAllText(Path.Combine(site.Output, "incidents.json")))!["incidents"]!.AsArray();
        var (nearMiss, outage) = (incidents[0]!, incidents[1]!);
        Assert.Equal("near-miss", nearMiss["kind"]!.GetValue<string>());
        Assert.Equal("""{"category":"technical","description":"d","tags":[],"id":"f","influences":["impact"],"no_action":"Accepted."}""", nearMiss["contributing_factors"]![0]!.ToJsonString());
        Assert.Equal("high", nearMiss["action_items"]![0]!["priority"]!.GetValue<string>());
        Assert.Equal("Superseded.", nearMiss["action_items"]![0]!["reason"]!.GetValue<string>());
        Assert.Null(outage["kind"]);
        Assert.Equal("""{"category":"technical","description":"d","tags":[]}""", outage["contributing_factors"]![0]!.ToJsonString());
        Assert.Equal(["title", "owner", "ticket", "due", "status", "closed"], outage["action_items"]![0]!.AsObject().Select(kv => kv.Key));
    }

    [Fact]
    public void The_metrics_page_counts_near_misses_apart()
    {
        using var site = Site();
        site.BuildClean();

        var page = site.Page("metrics/index.html");
        Assert.Contains("from the front-matter of 1 incident and 1 near miss", page.QuerySelector("p.lead")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Near misses reported: 1, 50 % of all postmortems.", page.Body!.Text(), StringComparison.Ordinal);
    }
}
