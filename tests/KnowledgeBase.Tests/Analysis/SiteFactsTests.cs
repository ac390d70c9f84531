using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Actions;
using KnowledgeBase.Configuration;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Analysis;

public class SiteFactsTests
{
    private static SiteFacts Facts(params KnowledgeBase.Model.RenderedPostmortem[] incidents) =>
        SiteAnalyzer.Analyze(incidents.Rendered(), SiteConfig.Default, Builds.Clock).Facts;

    [Fact]
    public void An_archive_of_titles_dates_and_tags_has_none_of_the_other_dimensions()
    {
        var facts = Facts(Incidents.Make("a", "date: 2024-01-01\ntags: [dns]"), Incidents.Make("b", "source_url: https://example.com/b"));

        Assert.Equal(new SiteFacts(2, 0, 0, 0, 0, new ActionCounts(0, 0, 0, 0, 0, 0)), facts);
        Assert.False(facts.HasSeverities || facts.HasServices || facts.HasFactors || facts.HasActionItems || facts.HasRepeats);
        Assert.False(facts.HasUnclassified);
    }

    [Fact]
    public void One_incident_with_a_dimension_makes_it_present_and_the_others_unclassified()
    {
        var facts = Facts(
            Incidents.Make("a", "severity: sev2\nservices: [edge]\ncontributing_factors:\n  - {category: process, description: d}\naction_items:\n  - {title: t, owner: o, status: open, due: 2020-01-01}"),
            Incidents.Make("b"));

        Assert.True(facts.HasSeverities && facts.HasServices && facts.HasFactors && facts.HasActionItems);
        Assert.True(facts.HasUnclassified);
        Assert.Equal((1, 1, 1), (facts.Classified, facts.WithServices, facts.WithFactors));
        Assert.Equal(new ActionCounts(1, 1, 0, 1, 0, 0), facts.Actions);
    }

    [Fact]
    public void Where_every_incident_has_a_severity_none_is_unclassified()
    {
        var facts = Facts(Incidents.Make("a", "severity: sev1"), Incidents.Make("b", "severity: low"));

        Assert.True(facts.HasSeverities);
        Assert.False(facts.HasUnclassified);
    }
}
