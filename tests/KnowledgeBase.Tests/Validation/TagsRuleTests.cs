using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class TagsRuleTests
{
    private static readonly TagsRule Rule = new();

    [Fact]
    public void Tag_outside_the_vocabulary_is_a_KB2008_warning_with_the_nearest_tag()
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A\ntags: [dns, databse]", RuleRunner.ClosedVocabulary);

        Assert.Equal([("KB2008", 3, 13)], diagnostics.Positions());
        var warning = diagnostics.One("KB2008");
        Assert.False(warning.IsError);
        Assert.Contains("'database'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_with_no_near_spelling_gets_no_suggestion()
    {
        var warning = RuleRunner.Check(Rule, "title: A\ntags: [quantum-entanglement]", RuleRunner.ClosedVocabulary).One("KB2008");

        Assert.DoesNotContain("did you mean", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("database")]
    [InlineData("DB")]
    [InlineData("postgres")]
    [InlineData("PgBouncer")]
    public void Tags_and_aliases_of_the_vocabulary_are_accepted(string tag)
    {
        Assert.Empty(RuleRunner.Check(Rule, $"title: A\ntags: [{tag}]", RuleRunner.ClosedVocabulary).ToSortedList());
    }

    [Fact]
    public void Without_a_vocabulary_in_kb_yml_any_tag_is_accepted()
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\ntags: [databse, anything-goes]").ToSortedList());
    }

    [Fact]
    public void Factor_tags_are_checked_at_their_own_position()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - category: technical
                description: d
                tags: [db, dsn]
            """, RuleRunner.ClosedVocabulary);

        Assert.Equal([("KB2008", 6, 16)], diagnostics.Positions());
    }

    [Theory]
    [InlineData("\"../etc\"")]
    [InlineData("\"a/../b\"")]
    [InlineData("\"!!!\"")]
    [InlineData("\"..\"")]
    [InlineData("\"-\"")]
    public void Tag_that_cannot_name_a_page_is_a_KB2012_error(string tag)
    {
        var diagnostics = RuleRunner.Check(Rule, $"title: A\ntags: [ok, {tag}]");

        Assert.Equal([("KB2012", 3, 12)], diagnostics.Positions());
        Assert.True(diagnostics.One("KB2012").IsError);
    }

    [Fact]
    public void Invalid_tag_is_not_also_reported_as_unknown()
    {
        Assert.Equal(["KB2012"], RuleRunner.Check(Rule, "title: A\ntags: [\"../etc\"]", RuleRunner.ClosedVocabulary).Codes());
    }

    [Fact]
    public void Factor_tags_that_cannot_name_a_page_are_KB2012()
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A\ncontributing_factors:\n  - category: technical\n    description: d\n    tags: [\"../b\"]");

        Assert.Equal([("KB2012", 6, 12)], diagnostics.Positions());
    }

    [Theory]
    [InlineData("\"../../etc\"")]
    [InlineData("\"???\"")]
    public void Service_that_cannot_name_a_page_is_KB2012(string service)
    {
        var diagnostics = RuleRunner.Check(Rule, $"title: A\nservices: [{service}]");

        Assert.Equal([("KB2012", 3, 12)], diagnostics.Positions());
    }

    [Theory]
    [InlineData("tags: [ci/cd, pub/sub, http/3]")]
    [InlineData("services: [api/v2, \".COM/.NET SRS\"]")]
    public void Names_with_a_slash_as_real_archives_write_them_are_accepted(string field)
    {
        Assert.Empty(RuleRunner.Check(Rule, $"title: A\n{field}").Codes());
    }

    [Fact]
    public void Services_are_not_checked_against_the_tag_vocabulary()
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\nservices: [checkout, payments-api]", RuleRunner.ClosedVocabulary).ToSortedList());
    }
}
