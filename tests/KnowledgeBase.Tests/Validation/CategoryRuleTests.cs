using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class CategoryRuleTests
{
    private static readonly CategoryRule Rule = new();

    [Fact]
    public void Unknown_category_is_a_KB2007_error_at_the_category()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - category: technical
                description: ok
              - category: weather
                description: A storm.
            """);

        Assert.Equal([("KB2007", 6, 15)], diagnostics.Positions());
        var error = diagnostics.One("KB2007");
        Assert.True(error.IsError);
        Assert.Contains("weather", error.Message, StringComparison.Ordinal);
        Assert.Contains("technical, process, organizational", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factor_without_category_is_KB2007_at_the_factor()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            contributing_factors:
              - description: No category here.
              - A bare sentence.
            """);

        Assert.Equal([("KB2007", 4, 5), ("KB2007", 5, 5)], diagnostics.Positions());
    }

    [Theory]
    [InlineData("technical")]
    [InlineData("Process")]
    [InlineData("ORGANIZATIONAL")]
    public void Known_categories_are_accepted_ignoring_case(string category)
    {
        Assert.Empty(RuleRunner.Check(Rule, $"title: A\ncontributing_factors:\n  - category: {category}\n    description: d").ToSortedList());
    }
}
