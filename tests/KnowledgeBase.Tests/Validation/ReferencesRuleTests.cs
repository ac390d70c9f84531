using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class ReferencesRuleTests
{
    private static readonly ReferencesRule Rule = new();

    [Fact]
    public void Related_id_that_no_postmortem_has_is_a_KB3003_error_at_the_entry_with_a_suggestion()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("a.md", "title: A\nid: checkout-outage"),
            ("b.md", "title: B\nrelated: [checkout-outage, checkout-outgae]"));

        Assert.Equal([("KB3003", 3, 28)], diagnostics.Positions());
        var error = diagnostics.One("KB3003");
        Assert.Equal("b.md", error.Path);
        Assert.True(error.IsError);
        Assert.Contains("'checkout-outage'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeat_of_an_unknown_id_is_a_KB3004_error_at_the_value()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("a.md", "title: A\nid: first"),
            ("b.md", "title: B\nrepeat_of: nothing-like-it"));

        Assert.Equal([("KB3004", 3, 12)], diagnostics.Positions());
        Assert.True(diagnostics.One("KB3004").IsError);
    }

    [Fact]
    public void Naming_the_postmortem_itself_is_a_KB3005_warning()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("a.md", "title: A\nid: me\nrelated: [other, me]\nrepeat_of: me"),
            ("b.md", "title: B\nid: other"));

        Assert.Equal([("KB3005", 4, 18), ("KB3005", 5, 12)], diagnostics.Positions());
        Assert.All(diagnostics.ToSortedList(), d => Assert.False(d.IsError));
    }

    [Fact]
    public void References_match_ids_ignoring_case()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("a.md", "title: A\nid: first"),
            ("b.md", "title: B\nrelated: [FIRST]\nrepeat_of: First"));

        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Ids_taken_from_file_names_can_be_referenced()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("2024-01-01-outage.md", "title: A"),
            ("b.md", "title: B\nrelated: [2024-01-01-outage]"));

        Assert.Empty(diagnostics.ToSortedList());
    }
}
