using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Analysis.Similarity;

/// <summary>The same incident filed twice is flagged on both pages and by kb check (KB3007), once per pair.</summary>
public sealed class DuplicateDetectorTests
{
    private static RenderedFile Make(string id, string frontMatter, string body, string? title = null)
    {
        var incident = Incidents.Make(id, frontMatter).WithText(body);
        return title is null ? incident : incident with { Incident = incident.Incident with { Postmortem = incident.Incident.Postmortem with { Title = title } } };
    }

    private static readonly RenderedFile[] Others =
    [
        Make("disk", "date: 2022-01-01", "The volume filled with logs and writes failed."),
        Make("cert", "date: 2022-02-01", "The certificate expired overnight and handshakes failed."),
        Make("flag", "date: 2022-03-01", "A feature flag turned off token validation."),
    ];

    private static (SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics) Analyse(params RenderedFile[] incidents)
    {
        var site = SiteAnalyzer.Analyze([.. incidents, .. Others], SiteConfig.Default, Builds.Clock);
        var diagnostics = new DiagnosticBag();
        DuplicateCheck.Check(site, diagnostics);
        return (site, diagnostics.ToSortedList());
    }

    [Fact]
    public void The_same_title_filed_twice_is_a_possible_duplicate_on_both_pages_whatever_the_case_and_punctuation()
    {
        var (site, diagnostics) = Analyse(
            Make("dns-1", "date: 2024-03-01", "CoreDNS pods were evicted.", "Total DNS outage in Kubernetes cluster"),
            Make("dns-2", "date: 2024-03-02", "Lookups failed across the cluster for an hour.", "total DNS  outage in Kubernetes cluster!"));

        Assert.Equal("dns-2", Assert.Single(site.OnPages["dns-1"].Duplicates).Other.Id);
        Assert.Equal("dns-1", Assert.Single(site.OnPages["dns-2"].Duplicates).Other.Id);
        Assert.Equal("the same title", site.OnPages["dns-1"].Duplicates[0].Reason);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("KB3007", "dns-2.md", DiagnosticSeverity.Warning), (warning.Code, warning.Path, warning.Severity));
        Assert.Contains("'dns-1'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nearly_the_same_words_under_different_titles_is_a_possible_duplicate()
    {
        const string Text = "The resolver returned stale records after the forwarder change, and lookups failed for an hour until the cache was flushed.";
        var (site, _) = Analyse(
            Make("a", "date: 2024-03-01", Text, "Stale DNS records"),
            Make("b", "date: 2024-03-05", Text, "Stale DNS records after a forwarder change"));

        Assert.StartsWith("nearly the same words", Assert.Single(site.OnPages["a"].Duplicates).Reason, StringComparison.Ordinal);
        Assert.Single(site.OnPages["b"].Duplicates);
    }

    [Fact]
    public void A_copy_under_the_same_title_gives_both_reasons_once()
    {
        const string Text = "The resolver returned stale records after the forwarder change, and lookups failed for an hour.";
        var (site, diagnostics) = Analyse(
            Make("a", "date: 2024-03-01", Text, "Stale DNS records"),
            Make("b", "date: 2024-03-05", Text, "Stale DNS records"));

        Assert.Equal("the same title and nearly the same words (1.00 alike)", Assert.Single(site.OnPages["b"].Duplicates).Reason);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Incidents_of_the_same_kind_told_in_their_own_words_are_not_duplicates()
    {
        var (site, diagnostics) = Analyse(
            Make("a", "date: 2024-03-01", "The resolver returned stale records after the forwarder change.", "Stale DNS records"),
            Make("b", "date: 2024-06-01", "A new forwarder served old records to the resolver for an hour.", "DNS lookups failing"));

        Assert.All(site.OnPages.Values, p => Assert.Empty(p.Duplicates));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("Total DNS outage", "total dns outage")]
    [InlineData("  C++ build: broken!", "c build broken")]
    [InlineData("Disk—full\tagain", "disk full again")]
    public void A_title_key_ignores_case_spacing_and_punctuation(string title, string key) =>
        Assert.Equal(key, DuplicateDetector.TitleKey(title));
}
