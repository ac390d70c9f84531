using KnowledgeBase.Analysis;
using KnowledgeBase.Configuration;

namespace KnowledgeBase.Tests.Analysis;

public class SiteAnalyzerTests
{
    [Fact]
    public void Site_lists_incidents_newest_first_and_ranks_severities_by_kb_yml()
    {
        var site = SiteAnalyzer.Analyze(
            new[] { Incidents.Make("old", "date: 2020-01-01"), Incidents.Make("new", "date: 2024-01-01\nseverity: sev2") }.Rendered(),
            SiteConfig.Default,
            Support.Builds.Clock);

        Assert.Equal(["new", "old"], site.Incidents.Ids());
        Assert.Equal(Support.Builds.Clock, site.BuildTime);
        Assert.Equal(1, site.SeverityRank("sev2"));
        Assert.Equal(0, site.SeverityRank("critical"));
        Assert.Equal(int.MaxValue, site.SeverityRank(null));
        Assert.Equal(int.MaxValue, site.SeverityRank("nope"));
        Assert.Equal(["new"], site.Taxonomy(TaxonomyKind.Severities).Find("sev2")!.Incidents.Ids());
    }

    [Fact]
    public void The_whole_search_index_is_kept_only_when_asked_the_site_needs_its_chunks()
    {
        var incidents = new[] { Incidents.Make("a", "date: 2024-01-01"), Incidents.Make("b", "date: 2024-02-01") }.Rendered();

        var site = SiteAnalyzer.Analyze(incidents, SiteConfig.Default, Support.Builds.Clock);
        var kept = SiteAnalyzer.Analyze(incidents, SiteConfig.Default, Support.Builds.Clock, keepSearchIndex: true);

        Assert.Null(site.Search.Index);
        Assert.NotEmpty(site.Search.Files);
        Assert.Equal(["a", "b"], kept.Search.Index!.FieldVectors.Select(v => v.FieldRef[(v.FieldRef.IndexOf('/') + 1)..]).Distinct().Order());
        Assert.Equal(site.Search.Files.Select(f => f.Path), kept.Search.Files.Select(f => f.Path));
    }
}
