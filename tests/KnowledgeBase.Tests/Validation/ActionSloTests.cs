using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

/// <summary>kb.yml's action_slo gives items without a due date one, from the publication date.</summary>
public class ActionSloTests
{
    private static SiteConfig Config(string yaml, DiagnosticBag? diagnostics = null) => ConfigReader.Parse(yaml, diagnostics ?? new DiagnosticBag());

    [Fact]
    public void An_item_without_due_is_due_its_severity_s_days_after_publication()
    {
        var config = Config("action_slo:\n  sev1: 28\n  major: 56");
        var p = Normalizer.Normalize(PostmortemText.Read("""
            title: A
            severity: high
            published: 2024-03-19
            action_items:
              - title: Without due
              - title: With due
                due: 2024-12-01
            """), config);

        Assert.Equal(new DateOnly(2024, 5, 14), p.ActionItems[0].Due);
        Assert.True(p.ActionItems[0].DueFromSlo);
        Assert.Equal(new DateOnly(2024, 12, 1), p.ActionItems[1].Due);
        Assert.False(p.ActionItems[1].DueFromSlo);
        Assert.True(p.ActionItems[0].IsOverdue(new DateOnly(2024, 5, 15)));
    }

    [Theory]
    [InlineData("title: A\nseverity: sev3\npublished: 2024-03-19\naction_items:\n  - title: T")]
    [InlineData("title: A\nseverity: sev1\naction_items:\n  - title: T")]
    public void Without_a_publication_date_or_an_slo_for_the_severity_no_due_date_is_made_up(string frontMatter)
    {
        var p = Normalizer.Normalize(PostmortemText.Read(frontMatter), Config("action_slo:\n  sev1: 28"));

        Assert.Null(p.ActionItems[0].Due);
    }

    [Fact]
    public void An_slo_for_an_unknown_severity_or_of_no_days_is_a_KB5001_error()
    {
        var diagnostics = new DiagnosticBag();
        var config = Config("action_slo:\n  sev9: 28\n  sev2: none", diagnostics);

        Assert.Equal([("KB5001", 2, 3), ("KB5001", 3, 9)], diagnostics.Positions());
        Assert.Empty(config.ActionSlo);
    }

    [Fact]
    public void Gate_is_read_from_kb_yml()
    {
        Assert.True(Config("gate: true").Gate);
        Assert.False(Config("title: T").Gate);
    }
}
