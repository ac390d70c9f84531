using KnowledgeBase.Analysis;
using KnowledgeBase.Configuration;

namespace KnowledgeBase.Tests.Analysis;

public class SiteAnalyzerTests
{
    [Fact]
    public void Site_lists_incidents_newest_first_and_ranks_severities_by_kb_yml()
    {
        var site = SiteAnalyzer.Analyze(
            [Incidents.Make("old", "date: 2020-01-01"), Incidents.Make("new", "date: 2024-01-01\nseverity: sev2")],
            SiteConfig.Default,
            Support.Builds.Clock);

        Assert.Equal(["new", "old"], site.Incidents.Ids());
        Assert.Equal(Support.Builds.Clock, site.BuildTime);
        Assert.Equal(1, site.SeverityRank("sev2"));
        Assert.Equal(0, site.SeverityRank("critical"));
        Assert.Equal(int.MaxValue, site.SeverityRank(null));
        Assert.Equal(int.MaxValue, site.SeverityRank("nope"));
        Assert.Equal(["new"], site.Taxonomy("severities").Find("sev2")!.Incidents.Ids());
    }
}
