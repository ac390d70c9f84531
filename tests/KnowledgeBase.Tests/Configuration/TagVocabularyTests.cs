using System.Collections.Immutable;
using KnowledgeBase.Configuration;

namespace KnowledgeBase.Tests.Configuration;

public class TagVocabularyTests
{
    private static readonly TagVocabulary Closed = new(
    [
        new TagDefinition("database", "Databases.", ["db", "postgres"]),
        new TagDefinition("dns", "", []),
        new TagDefinition("connection-pool", "", ["pgbouncer"]),
    ]);

    [Theory]
    [InlineData("database", "database")]
    [InlineData("Database", "database")]
    [InlineData("db", "database")]
    [InlineData("DB", "database")]
    [InlineData("Postgres", "database")]
    [InlineData("  postgres ", "database")]
    [InlineData("DNS", "dns")]
    [InlineData("PgBouncer", "connection-pool")]
    public void Tag_or_alias_resolves_to_its_canonical_tag_ignoring_case(string written, string canonical)
    {
        Assert.Equal(canonical, Closed.Resolve(written));
    }

    [Theory]
    [InlineData("databse")]
    [InlineData("cache")]
    [InlineData("")]
    public void Closed_vocabulary_does_not_resolve_unknown_tags(string tag)
    {
        Assert.False(Closed.IsOpen);
        Assert.Null(Closed.Resolve(tag));
    }

    [Theory]
    [InlineData("Anything", "anything")]
    [InlineData("  Mixed-Case ", "mixed-case")]
    [InlineData("dns", "dns")]
    public void Open_vocabulary_accepts_every_tag_lower_cased(string tag, string resolved)
    {
        Assert.True(TagVocabulary.Open.IsOpen);
        Assert.Equal(resolved, TagVocabulary.Open.Resolve(tag));
    }

    [Theory]
    [InlineData("databse", "database")]
    [InlineData("Databases", "database")]
    [InlineData("dnss", "dns")]
    [InlineData("postgress", "postgres")]
    [InlineData("conection-pool", "connection-pool")]
    public void Nearest_suggests_the_closest_tag_or_alias(string typo, string suggestion)
    {
        Assert.Equal(suggestion, Closed.Nearest(typo));
    }

    [Fact]
    public void Nearest_suggests_nothing_for_an_unrelated_word()
    {
        Assert.Null(Closed.Nearest("kubernetes-scheduling"));
    }

    [Fact]
    public void Find_returns_the_definition_of_a_canonical_tag()
    {
        Assert.Equal("Databases.", Closed.Find("database")?.Description);
        Assert.Null(Closed.Find("db"));
    }

    [Fact]
    public void Alias_never_hides_a_canonical_tag_whatever_the_order()
    {
        ImmutableArray<TagDefinition> aliasFirst = [new("storage", "", ["cache"]), new("cache", "", [])];
        ImmutableArray<TagDefinition> canonicalFirst = [new("cache", "", []), new("storage", "", ["cache"])];

        Assert.Equal("cache", new TagVocabulary(aliasFirst).Resolve("cache"));
        Assert.Equal("cache", new TagVocabulary(canonicalFirst).Resolve("cache"));
    }

    [Fact]
    public void Alias_shared_by_two_tags_belongs_to_the_first()
    {
        var vocabulary = new TagVocabulary([new("database", "", ["sql"]), new("reporting", "", ["sql"])]);

        Assert.Equal("database", vocabulary.Resolve("sql"));
    }
}
