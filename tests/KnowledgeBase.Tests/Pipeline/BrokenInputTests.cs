using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>A check reports every problem of a broken knowledge base at once, and never crashes on one.</summary>
public class BrokenInputTests
{
    [Fact]
    public void Every_problem_of_every_file_is_reported_in_one_run()
    {
        using var site = new SmallSite()
            .Config("tags:\n  - id: database\n    aliases: [db]\n  - id: dns\n")
            .Postmortem("a-no-title.md", "date: 2024-01-01")
            .Postmortem("b-types.md", "title: B\ndate: yesterday\ntags: 42")
            .Postmortem("c-values.md", """
                title: C
                date: 2024-01-02
                severity: blocker
                status: finished
                tags: [databse, "../etc"]
                contributing_factors:
                  - category: weather
                    description: d
                  - category: technical
                action_items:
                  - title: t
                related: [nowhere]
                repeat_of: nothing
                """)
            .File("d-no-front-matter.md", "# Just Markdown\n")
            .Postmortem("e-yaml.md", "title: E\ntitle: again");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        Assert.Equal(
        [
            ("a-no-title.md", "KB2001", 1, 1),
            ("b-types.md", "KB2002", 3, 7),
            ("b-types.md", "KB2002", 4, 7),
            ("c-values.md", "KB2005", 4, 11),
            ("c-values.md", "KB2006", 5, 9),
            ("c-values.md", "KB2008", 6, 8),
            ("c-values.md", "KB2012", 6, 17),
            ("c-values.md", "KB2014", 8, 5),
            ("c-values.md", "KB2007", 8, 15),
            ("c-values.md", "KB2011", 10, 5),
            ("c-values.md", "KB2009", 12, 5),
            ("c-values.md", "KB2016", 12, 5),
            ("c-values.md", "KB3003", 13, 11),
            ("c-values.md", "KB3004", 14, 12),
            ("d-no-front-matter.md", "KB1001", 1, 1),
            ("e-yaml.md", "KB1004", 3, 1),
        ], result.Diagnostics.Select(d => (d.Path, d.Code, d.Position.Line, d.Position.Column)));
    }

    [Fact]
    public void Duplicate_ids_are_reported_as_KB3001_not_an_exception()
    {
        using var site = new SmallSite()
            .Postmortem("a.md", "title: A\nid: same\ndate: 2024-01-01")
            .Postmortem("b.md", "title: B\nid: same\ndate: 2024-01-02");

        var result = site.Build();

        Assert.Equal([("b.md", "KB3001", 3, 5)], result.Diagnostics.Select(d => (d.Path, d.Code, d.Position.Line, d.Position.Column)));
        Assert.False(result.Written);
    }

    [Fact]
    public void Invalid_id_whose_suggestion_collides_is_reported_not_thrown()
    {
        using var site = new SmallSite()
            .Postmortem("a.md", "title: A\nid: same\ndate: 2024-01-01")
            .Postmortem("b.md", "title: B\nid: SAME\ndate: 2024-01-02");

        var result = site.Build();

        Assert.Contains("KB2003", result.Diagnostics.Codes());
        Assert.Contains("KB3001", result.Diagnostics.Codes());
    }
}
