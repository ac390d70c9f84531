using KnowledgeBase.Analysis;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Analysis;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Tests.Theming;

/// <summary>What an incident page lists under "Similar past incidents" and "Later incidents like this one".</summary>
public sealed class SimilarSectionsTests
{
    private static RenderedFile Make(string id, string frontMatter, string body) =>
        Incidents.Make(id, frontMatter).WithText(body);

    private static readonly RenderedFile[] Site =
    [
        Make("first", "date: 2023-01-01\ntags: [dns]", "Resolver returned stale records after a forwarder change."),
        Make("middle", "date: 2024-01-01\ntags: [dns]", "Stale resolver records after the forwarder was replaced."),
        Make("last", "date: 2025-01-01\ntags: [dns]", "The forwarder served stale records to the resolver again."),
        Make("linked", "date: 2022-01-01\ntags: [dns]\nrelated: [middle]", "Stale resolver records from the forwarder."),
        Make("x", "date: 2020-01-01\ntags: [disk]", "Disk full on the reporting host."),
        Make("y", "date: 2020-02-01\ntags: [disk]", "Backups slowed the primary database."),
        Make("z", "date: 2020-03-01\ntags: [disk]", "Logs filled the volume."),
        Make("w", "date: 2020-04-01\ntags: [disk]", "A batch job wrote too much."),
    ];

    [Fact]
    public void Earlier_and_later_incidents_are_listed_apart_and_linked_ones_only_under_linked_incidents()
    {
        var site = SiteAnalyzer.Analyze(Site, SiteConfig.Default, Builds.Clock);
        var view = new ViewBuilder(site).Incident(site.Incidents.Single(i => i.Id == "middle"));

        Assert.Equal(["first"], view.SimilarEarlier.Select(s => s.Incident.Id));
        Assert.Equal(["last"], view.SimilarLater.Select(s => s.Incident.Id));
        Assert.Equal(["linked"], view.Related.Select(r => r.Incident.Id));
        Assert.All(view.SimilarEarlier.Concat(view.SimilarLater), s => Assert.NotEmpty(s.Reasons));
    }

    [Fact]
    public void An_undated_incident_is_neither_earlier_nor_later_it_is_listed_in_its_own_group_both_ways()
    {
        var site = SiteAnalyzer.Analyze(
            [.. Site, Make("undated", "tags: [dns]", "The forwarder was replaced and served stale resolver records.")],
            SiteConfig.Default with { Similarity = SiteConfig.Default.Similarity with { MinScore = 0 } }, Builds.Clock);
        var builder = new ViewBuilder(site);
        var dated = builder.Incident(site.Incidents.Single(i => i.Id == "middle"));
        var undated = builder.Incident(site.Incidents.Single(i => i.Id == "undated"));

        Assert.Contains("undated", dated.SimilarUndated.Select(s => s.Incident.Id));
        Assert.DoesNotContain("undated", dated.SimilarEarlier.Concat(dated.SimilarLater).Select(s => s.Incident.Id));
        Assert.Empty(undated.SimilarEarlier);
        Assert.Empty(undated.SimilarLater);
        Assert.Contains("middle", undated.SimilarUndated.Select(s => s.Incident.Id));
    }
}
