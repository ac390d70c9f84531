using KnowledgeBase.Configuration;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class NormalizerTests
{
    [Fact]
    public void Tag_aliases_fold_into_their_canonical_tag_and_duplicates_go_keeping_the_first()
    {
        var p = PostmortemText.Read("title: A\ntags: [dns, db, Database, postgres, DNS, Unknown-Tag]");

        var normalized = Normalizer.Normalize(p, RuleRunner.ClosedVocabulary);

        Assert.Equal<string>(["dns", "database", "unknown-tag"], normalized.Tags);
    }

    [Fact]
    public void Open_vocabulary_lower_cases_tags()
    {
        var p = PostmortemText.Read("title: A\ntags: [Cache, cache, \" Redis \"]");

        Assert.Equal<string>(["cache", "redis"], Normalizer.Normalize(p, SiteConfig.Default).Tags);
    }

    [Theory]
    [InlineData("critical", "sev1")]
    [InlineData("SEV2", "sev2")]
    [InlineData("p3", "sev3")]
    [InlineData("unheard-of", null)]
    public void Severity_alias_becomes_the_level_id(string written, string? id)
    {
        var p = PostmortemText.Read("title: A\nseverity: " + written);

        Assert.Equal(id, Normalizer.Normalize(p, SiteConfig.Default).Severity);
    }

    [Fact]
    public void Factor_categories_and_tags_are_folded()
    {
        var p = PostmortemText.Read("title: A\ncontributing_factors:\n  - category: Technical\n    description: d\n    tags: [db, PgBouncer, database]\n  - category: Weather\n    description: e");

        var factors = Normalizer.Normalize(p, RuleRunner.ClosedVocabulary).ContributingFactors;

        Assert.Equal("technical", factors[0].Category);
        Assert.Equal<string>(["database", "connection-pool"], factors[0].Tags);
        Assert.Equal("weather", factors[1].Category);
    }

    [Fact]
    public void Services_are_trimmed_and_deduplicated_keeping_the_first_spelling()
    {
        var p = PostmortemText.Read("title: A\nservices: [\" checkout \", Checkout, payments-api]");

        Assert.Equal<string>(["checkout", "payments-api"], Normalizer.Normalize(p, SiteConfig.Default).Services);
    }

    [Fact]
    public void References_are_lower_cased_and_deduplicated()
    {
        var p = PostmortemText.Read("title: A\nrelated: [First, first, SECOND]\nrepeat_of: Older");

        var normalized = Normalizer.Normalize(p, SiteConfig.Default);

        Assert.Equal<string>(["first", "second"], normalized.Related);
        Assert.Equal("older", normalized.RepeatOf);
    }

    [Fact]
    public void Everything_else_is_left_as_written()
    {
        var p = PostmortemText.Read("title: Mixed Case Title\nimpact: Some Impact\nauthors: [Ann, Ann]", "Body");

        var normalized = Normalizer.Normalize(p, SiteConfig.Default);

        Assert.Equal("Mixed Case Title", normalized.Title);
        Assert.Equal("Some Impact", normalized.Impact);
        Assert.Equal<string>(["Ann", "Ann"], normalized.Authors);
        Assert.Equal("Body", normalized.Body);
        Assert.Same(p.Locations, normalized.Locations);
    }
}
