using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

/// <summary>
/// Findings about an item of a list point at that item, even when an earlier item of the same list was
/// left out (empty, of the wrong type, or missing a required field).
/// </summary>
public class ListPositionTests
{
    [Fact]
    public void Tag_warning_points_at_its_own_tag_when_no_item_before_it_was_dropped()
    {
        var diagnostics = RuleRunner.Check(new TagsRule(), "title: A\ntags: [dns, databse]", RuleRunner.ClosedVocabulary);

        Assert.Equal([("KB2008", 3, 13)], diagnostics.Positions());
    }

    [Fact]
    public void Tag_warning_points_at_its_own_tag_after_an_empty_item()
    {
        var diagnostics = RuleRunner.Check(new TagsRule(), "title: A\ntags: [\"\", databse]", RuleRunner.ClosedVocabulary);

        Assert.Equal([("KB2008", 3, 12)], diagnostics.Positions());
    }

    [Fact]
    public void Unknown_category_points_at_its_factor_after_a_dropped_factor()
    {
        var diagnostics = RuleRunner.Check(new CategoryRule(), """
            title: A
            contributing_factors:
              - category: technical
              - category: weather
                description: d
            """);

        Assert.Equal([("KB2007", 5, 15)], diagnostics.Positions());
    }

    [Fact]
    public void Missing_owner_points_at_its_item_after_a_dropped_item()
    {
        var diagnostics = RuleRunner.Check(new ActionItemOwnerRule(), """
            title: A
            action_items:
              - owner: team
              - title: Unowned
            """);

        Assert.Equal([("KB2009", 5, 5)], diagnostics.Positions());
    }

    [Fact]
    public void Unknown_related_id_points_at_its_entry_after_a_dropped_entry()
    {
        var diagnostics = RuleRunner.Check(new ReferencesRule(), ("a.md", "title: A\nrelated: [[x], nowhere]"));

        Assert.Equal([("KB3003", 3, 16)], diagnostics.Positions());
    }
}
