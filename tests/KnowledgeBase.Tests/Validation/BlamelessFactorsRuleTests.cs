using KnowledgeBase.Configuration;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public sealed class BlamelessFactorsRuleTests
{
    private static readonly BlamelessFactorsRule Rule = new();

    [Fact]
    public void A_factor_with_an_author_as_its_subject_is_KB4005_at_its_description()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            authors: [Dana Reyes]
            contributing_factors:
              - category: process
                description: Dana deployed without a review.
            """);

        Assert.Equal([("KB4005", 6, 18)], diagnostics.Positions());
    }

    [Fact]
    public void A_person_named_as_an_owner_counts_but_a_team_does_not()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            action_items:
              - {title: x, owner: Sam Okafor}
              - {title: y, owner: checkout-team}
            contributing_factors:
              - {category: process, description: Sam Okafor merged the change late at night.}
              - {category: process, description: checkout-team had no staging load test.}
            """);

        Assert.Equal(["KB4005"], diagnostics.Codes());
    }

    [Theory]
    [InlineData("blameless_check: false\n", "")]
    [InlineData("", "blameless_check: false")]
    public void It_can_be_switched_off_per_file_or_for_the_site(string frontMatter, string kbYml)
    {
        var config = kbYml.Length == 0 ? SiteConfig.Default : ConfigReader.Parse(kbYml, new KnowledgeBase.Diagnostics.DiagnosticBag());

        var diagnostics = RuleRunner.Check(Rule, frontMatter + "title: A\nauthors: [Dana Reyes]\ncontributing_factors:\n  - {category: process, description: Dana deployed it.}", config);

        Assert.Empty(diagnostics.Codes());
    }
}
