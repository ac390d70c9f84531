using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class UniqueIdsRuleTests
{
    private static readonly UniqueIdsRule Rule = new();

    [Fact]
    public void Second_postmortem_with_an_id_is_KB3001_on_the_later_file_at_its_id()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("b.md", "title: B\nid: shared"),
            ("a.md", "title: A\nid: shared"));

        var error = diagnostics.One("KB3001");
        Assert.Equal("b.md", error.Path);
        Assert.Equal(new SourcePosition(3, 5), error.Position);
        Assert.True(error.IsError);
        Assert.Contains("a.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Later_file_is_decided_by_ordinal_path_order()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("a.md", "title: A\nid: shared"),
            ("B.md", "title: B\nid: shared"));

        Assert.Equal("a.md", diagnostics.One("KB3001").Path);
    }

    [Fact]
    public void Ids_are_compared_ignoring_case()
    {
        var first = PostmortemText.Read("title: A", path: "a.md") with { Id = "Outage" };
        var second = PostmortemText.Read("title: B", path: "b.md") with { Id = "outage" };

        var diagnostics = RuleRunner.Check(Rule, [second, first]);

        Assert.Equal("b.md", diagnostics.One("KB3001").Path);
    }

    [Fact]
    public void Id_taken_from_the_file_name_is_reported_at_the_start_of_the_file()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("a.md", "title: A\nid: outage"),
            ("sub/outage.md", "title: B"));

        Assert.Equal([("KB3001", 1, 1)], diagnostics.Positions());
        Assert.Equal("sub/outage.md", diagnostics.One("KB3001").Path);
    }

    [Fact]
    public void Id_given_as_slug_is_reported_at_the_slug()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("a.md", "title: A\nid: outage"),
            ("b.md", "title: B\ndate: 2024-01-01\nslug: outage"));

        Assert.Equal([("KB3001", 4, 7)], diagnostics.Positions());
    }

    [Fact]
    public void Every_later_duplicate_is_reported_once()
    {
        var diagnostics = RuleRunner.Check(Rule,
            ("c.md", "title: C\nid: x"),
            ("a.md", "title: A\nid: x"),
            ("b.md", "title: B\nid: x"),
            ("d.md", "title: D\nid: y"));

        Assert.Equal(["b.md", "c.md"], diagnostics.ToSortedList().Select(d => d.Path));
    }

    [Fact]
    public void Distinct_ids_have_no_finding()
    {
        Assert.Empty(RuleRunner.Check(Rule, ("a.md", "title: A"), ("b.md", "title: B")).ToSortedList());
    }
}
