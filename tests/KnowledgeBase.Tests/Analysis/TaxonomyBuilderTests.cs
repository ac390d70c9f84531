using KnowledgeBase.Analysis;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis;

public class TaxonomyBuilderTests
{
    private static Taxonomy Build(string key, SiteConfig config, params RenderedPostmortem[] incidents) =>
        TaxonomyBuilder.Build(incidents, config).Single(t => t.Key == key);

    private static Taxonomy Build(string key, params RenderedPostmortem[] incidents) => Build(key, SiteConfig.Default, incidents);

    [Fact]
    public void Every_site_has_tags_services_severities_and_categories()
    {
        Assert.Equal(["tags", "services", "severities", "categories"], TaxonomyBuilder.Build([], SiteConfig.Default).Select(t => t.Key));
    }

    [Fact]
    public void Tags_are_counted_and_sorted_by_count_then_slug()
    {
        var tags = Build("tags",
            Incidents.Make("a", "tags: [dns, cache]"),
            Incidents.Make("b", "tags: [dns, zebra]"),
            Incidents.Make("c", "tags: [alpha, cache, dns]"));

        Assert.Equal([("dns", 3), ("cache", 2), ("alpha", 1), ("zebra", 1)], tags.Terms.Select(t => (t.Slug, t.Count)));
    }

    [Fact]
    public void Tags_that_differ_in_a_symbol_get_pages_of_their_own_and_spellings_of_one_tag_share_one()
    {
        var tags = Build("tags",
            Incidents.Make("a", "tags: [C++, CI/CD, google]"),
            Incidents.Make("b", "tags: [C#, ci-cd, Google+]"));

        Assert.Equal([("ci-cd", 2), ("c-plus-plus", 1), ("c-sharp", 1), ("google", 1), ("google-plus", 1)], tags.Terms.Select(t => (t.Slug, t.Count)));
    }

    [Fact]
    public void Factor_tags_count_for_their_incident_once()
    {
        var tags = Build("tags",
            Incidents.Make("a", "tags: [dns]\ncontributing_factors:\n  - category: technical\n    description: d\n    tags: [dns, retries]"),
            Incidents.Make("b", "contributing_factors:\n  - category: process\n    description: d\n    tags: [retries]"));

        Assert.Equal([("retries", 2), ("dns", 1)], tags.Terms.Select(t => (t.Slug, t.Count)));
    }

    [Fact]
    public void Term_lists_its_incidents_newest_first()
    {
        var tags = Build("tags",
            Incidents.Make("old", "date: 2020-01-01\ntags: [dns]"),
            Incidents.Make("undated", "tags: [dns]"),
            Incidents.Make("new", "date: 2024-01-01\ntags: [dns]"));

        Assert.Equal(["new", "old", "undated"], tags.Find("dns")!.Incidents.Ids());
    }

    [Fact]
    public void Severities_follow_kb_yml_order_with_zero_counts_kept()
    {
        var severities = Build("severities",
            Incidents.Make("a", "severity: sev3"),
            Incidents.Make("b", "severity: critical"),
            Incidents.Make("c", "severity: sev3"),
            Incidents.Make("d"));

        Assert.Equal([("sev1", "Critical", 1), ("sev2", "Major", 0), ("sev3", "Minor", 2), ("sev4", "Low", 0)],
            severities.Terms.Select(t => (t.Slug, t.Name, t.Count)));
        Assert.Equal(SiteConfig.DefaultSeverities[0].Description, severities.Terms[0].Description);
    }

    [Fact]
    public void Severities_come_from_kb_yml_when_it_sets_them()
    {
        var config = ConfigReader.Parse("severities:\n  - id: high\n    label: High\n  - id: low\n", new DiagnosticBag());

        var severities = Build("severities", config, Incidents.Make("a", "severity: low", config));

        Assert.Equal([("high", "High", 0), ("low", "low", 1)], severities.Terms.Select(t => (t.Slug, t.Name, t.Count)));
    }

    [Fact]
    public void Categories_come_from_contributing_factors_in_kb_yml_order()
    {
        var categories = Build("categories",
            Incidents.Make("a", "contributing_factors:\n  - category: process\n    description: d\n  - category: Process\n    description: e"),
            Incidents.Make("b", "contributing_factors:\n  - category: organizational\n    description: d\n  - category: process\n    description: e"));

        Assert.Equal([("technical", 0), ("process", 2), ("organizational", 1)], categories.Terms.Select(t => (t.Slug, t.Count)));
        Assert.Equal("Process", categories.Find("process")!.Name);
    }

    [Fact]
    public void Services_are_counted_like_tags()
    {
        var services = Build("services",
            Incidents.Make("a", "services: [checkout, payments-api]"),
            Incidents.Make("b", "services: [checkout]"));

        Assert.Equal([("checkout", 2), ("payments-api", 1)], services.Terms.Select(t => (t.Slug, t.Count)));
    }

    [Fact]
    public void Names_that_share_a_slug_share_a_term_named_as_most_incidents_write_it()
    {
        var services = Build("services",
            Incidents.Make("a", "services: [Payments API]"),
            Incidents.Make("b", "services: [payments-api]"),
            Incidents.Make("c", "services: [Payments API]"));

        var term = Assert.Single(services.Terms);
        Assert.Equal(("payments-api", "Payments API", 3), (term.Slug, term.Name, term.Count));
    }

    [Fact]
    public void Tag_terms_carry_the_vocabulary_description()
    {
        var config = ConfigReader.Parse("tags:\n  - id: dns\n    description: Name resolution.\n", new DiagnosticBag());

        var tags = Build("tags", config, Incidents.Make("a", "tags: [dns]", config));

        Assert.Equal("Name resolution.", tags.Find("dns")!.Description);
    }

    [Fact]
    public void Aliases_are_counted_under_their_canonical_tag()
    {
        var config = ConfigReader.Parse("tags:\n  - id: database\n    aliases: [db]\n", new DiagnosticBag());

        var tags = Build("tags", config,
            Incidents.Make("a", "tags: [db]", config),
            Incidents.Make("b", "tags: [database]", config));

        Assert.Equal([("database", 2)], tags.Terms.Select(t => (t.Slug, t.Count)));
    }
}
