using KnowledgeBase.Diagnostics;
using KnowledgeBase.Rendering;
using KnowledgeBase.Tests.Support;
using Markdig;

namespace KnowledgeBase.Tests.Rendering;

public sealed class BlamelessLanguageCheckTests
{
    /// <summary>Checks a body whose front-matter has two lines, so the body starts on line 4 of the file.</summary>
    private static IReadOnlyList<Diagnostic> Check(string body, string frontMatter = "title: T\nauthors: [Dana Reyes]")
    {
        var postmortem = PostmortemText.Read(frontMatter, body);
        var diagnostics = new DiagnosticBag();
        BlamelessLanguageCheck.Check(Markdown.Parse(postmortem.Body, MarkdownPipelineFactory.Create()), postmortem, diagnostics);
        return diagnostics.ToSortedList();
    }

    [Theory]
    [InlineData("The outage was caused by human error.", "human error", 26)]
    [InlineData("A careless change went out.", "careless", 3)]
    [InlineData("It was the fault of the release manager.", "fault of", 12)]
    [InlineData("The engineer should have checked the dashboard.", "should have", 14)]
    [InlineData("We failed to notice the alert.", "failed to", 4)]
    [InlineData("Dana failed to roll back.", "failed to", 6)]
    [InlineData("The blamed probe failed to connect.", "blamed", 5)]
    [InlineData("Operator Error took the cluster down.", "operator error", 1)]
    [InlineData("WE FAILED TO PAGE ANYONE.", "failed to", 4)]
    public void Blaming_phrases_are_KB4005_at_their_position_with_the_sentence_and_a_question(string body, string phrase, int column)
    {
        var finding = Assert.Single(Check(body));

        Assert.Equal(("KB4005", 5, column), (finding.Code, finding.Position.Line, finding.Position.Column));
        Assert.Contains($"'{phrase}'", finding.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(body, finding.Message, StringComparison.Ordinal);
        Assert.Contains("ask instead: ", finding.Message, StringComparison.Ordinal);
        Assert.False(finding.IsError);
    }

    [Theory]
    [InlineData("The generator failed to deliver stable power.")]
    [InlineData("Retries should have been automatic but were not configured.")]
    [InlineData("The default of ignoring the header was wrong for our setup.")]
    [InlineData("This is a blameless review.")]
    [InlineData("> The on-call engineer said: \"I failed to see it.\"")]
    [InlineData("```\nhuman error\n```")]
    [InlineData("Log line: `failed to connect: human error`")]
    public void Systems_language_quotes_and_code_are_left_alone(string body)
    {
        Assert.Empty(Check(body));
    }
}
