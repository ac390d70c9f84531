using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Analysis.Similarity;

public sealed class UnlinkedSimilarCheckTests
{
    private const string Body = "The certificate on the edge proxy expired and every TLS handshake failed until it was renewed by hand.";

    private static IReadOnlyList<Diagnostic> Check(params RenderedFile[] incidents)
    {
        var config = SiteConfig.Default with { Similarity = SimilaritySettings.Default with { LinkScore = 0.3 } };
        var site = SiteAnalyzer.Analyze(incidents, config, Builds.Clock);
        var diagnostics = new DiagnosticBag();
        UnlinkedSimilarCheck.Check(site, diagnostics);
        return diagnostics.ToSortedList();
    }

    private static RenderedFile Make(string id, string frontMatter) =>
        Incidents.Make(id, frontMatter).WithText(Body);

    private static RenderedFile Unrelated(string id, string text) =>
        Incidents.Make(id, "date: 2022-01-01\ntags: [disk]").WithText(text);

    [Fact]
    public void A_strongly_similar_earlier_incident_that_is_not_linked_is_KB3006_on_the_later_one()
    {
        var diagnostics = Check(
            Make("old", "date: 2023-01-01\ntags: [certificates]"), Make("new", "date: 2024-01-01\ntags: [certificates]"),
            Unrelated("x", "Disk full on the reporting host."), Unrelated("y", "Backups slowed the primary database."));

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("KB3006", "new.md"), (warning.Code, warning.Path));
        Assert.Contains("'old'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("related: [old]")]
    [InlineData("repeat_of: old")]
    public void Naming_the_earlier_incident_settles_it(string link)
    {
        var diagnostics = Check(
            Make("old", "date: 2023-01-01\ntags: [certificates]"), Make("new", $"date: 2024-01-01\ntags: [certificates]\n{link}"),
            Unrelated("x", "Disk full on the reporting host."), Unrelated("y", "Backups slowed the primary database."));

        Assert.Empty(diagnostics);
    }
}
