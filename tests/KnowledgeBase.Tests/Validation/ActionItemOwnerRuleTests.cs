using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class ActionItemOwnerRuleTests
{
    private static readonly ActionItemOwnerRule Rule = new();

    [Fact]
    public void Action_item_without_owner_is_a_KB2009_warning_at_the_item()
    {
        var diagnostics = RuleRunner.Check(Rule, """
            title: A
            action_items:
              - title: Owned
                owner: sre-team
              - title: Nobody's
                due: 2024-01-01
              - title: "Empty owner"
                owner: ""
            """);

        Assert.Equal([("KB2009", 6, 5), ("KB2009", 8, 5)], diagnostics.Positions());
        Assert.All(diagnostics.ToSortedList(), d => Assert.False(d.IsError));
        Assert.Contains("Nobody's", diagnostics.ToSortedList()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Owned_action_items_have_no_finding()
    {
        Assert.Empty(RuleRunner.Check(Rule, "title: A\naction_items:\n  - title: T\n    owner: team").ToSortedList());
    }
}
