using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class SeverityRuleTests
{
    private static readonly SeverityRule Rule = new();

    [Fact]
    public void Unknown_severity_is_a_KB2005_error_at_the_value_listing_the_levels()
    {
        var diagnostics = RuleRunner.Check(Rule, "title: A\nseverity: sev5");

        Assert.Equal([("KB2005", 3, 11)], diagnostics.Positions());
        var error = diagnostics.One("KB2005");
        Assert.True(error.IsError);
        Assert.Contains("sev1, sev2, sev3, sev4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sev1")]
    [InlineData("SEV3")]
    [InlineData("critical")]
    [InlineData("Major")]
    [InlineData("P4")]
    [InlineData("sev-2")]
    public void Levels_and_their_aliases_are_accepted_by_the_default_config(string severity)
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\nseverity: " + severity).ToSortedList());
    }

    [Fact]
    public void No_severity_has_no_finding()
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A").ToSortedList());
    }

    [Fact]
    public void Levels_come_from_kb_yml_when_it_sets_them()
    {
        var config = ConfigReader.Parse("severities: [high, low]", new DiagnosticBag());

        Assert.Empty(RuleRunner.Check(Rule, "title: A\nseverity: high", config).ToSortedList());
        Assert.Equal(["KB2005"], RuleRunner.Check(Rule, "title: A\nseverity: sev1", config).Codes());
    }
}
