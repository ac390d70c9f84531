using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

public class ValidatorTests
{
    [Fact]
    public void Default_validator_runs_every_rule_and_returns_normalized_postmortems()
    {
        var postmortems = new[]
        {
            PostmortemText.Read("""
                title: A
                id: a
                severity: critical
                tags: [db, "../x"]
                contributing_factors:
                  - category: weather
                    description: d
                action_items:
                  - title: unowned
                related: [missing]
                repeat_of: a
                detected: 2024-01-02
                resolved: 2024-01-01
                """, "", new DiagnosticBag(), "a.md"),
            PostmortemText.Read("title: B\nid: a\ndate: 2024-01-01\nseverity: sev9", "", new DiagnosticBag(), "b.md"),
        };
        var diagnostics = new DiagnosticBag();

        var result = Validator.Default.Validate(postmortems, RuleRunner.ClosedVocabulary, diagnostics);

        Assert.Equal(
            ["KB2004", "KB2012", "KB2014", "KB2007", "KB2009", "KB2016", "KB3003", "KB3005", "KB2010", "KB3001", "KB2005"],
            diagnostics.ToSortedList().Select(d => d.Code));
        Assert.Equal("sev1", result[0].Severity);
        Assert.Equal<string>(["database", "../x"], result[0].Tags);
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Clean_postmortems_have_no_findings()
    {
        var p = PostmortemText.Read("title: A\ndate: 2024-01-01\nseverity: sev1\ntags: [dns]");
        var diagnostics = new DiagnosticBag();

        Validator.Default.Validate([p], RuleRunner.ClosedVocabulary, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Rule_messages_quote_the_authors_spelling_before_normalizing()
    {
        var p = PostmortemText.Read("title: A\ndate: 2024-01-01\ntags: [Databse]");
        var diagnostics = new DiagnosticBag();

        Validator.Default.Validate([p], RuleRunner.ClosedVocabulary, diagnostics);

        Assert.Contains("'Databse'", diagnostics.One("KB2008").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_rule_lists_run_in_place_of_the_defaults()
    {
        var p = PostmortemText.Read("title: A\nseverity: nope");
        var diagnostics = new DiagnosticBag();

        new Validator([new SeverityRule()], []).Validate([p], SiteConfig.Default, diagnostics);

        Assert.Equal(["KB2005"], diagnostics.Codes());
    }
}
