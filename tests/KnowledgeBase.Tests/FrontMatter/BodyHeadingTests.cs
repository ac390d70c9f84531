using KnowledgeBase.FrontMatter;

namespace KnowledgeBase.Tests.FrontMatter;

public class BodyHeadingTests
{
    [Theory]
    [InlineData("# Crates.io downloads broken\n\nOn 2023-07-20...", "Crates.io downloads broken")]
    [InlineData("Intro line.\n\n## Summary\n\n# The real title #\n", "The real title")]
    [InlineData("#   Spaced   \n", "Spaced")]
    [InlineData("# The **big** `dns` outage\n", "The big dns outage")]
    [InlineData("# [Status page](https://example.org) was down\n", "Status page was down")]
    [InlineData("# snake_case_service failed\n", "snake_case_service failed")]
    public void The_first_level_one_heading_is_read_as_plain_text(string body, string expected)
    {
        Assert.Equal(expected, BodyHeading.First(body));
    }

    [Theory]
    [InlineData("No heading at all.\n")]
    [InlineData("## Only a level two\n")]
    [InlineData("#hashtag is not a heading\n")]
    [InlineData("```\n# a comment in code\n```\n")]
    [InlineData("    # indented code\n")]
    public void Text_that_is_not_a_level_one_heading_gives_none(string body)
    {
        Assert.Null(BodyHeading.First(body));
    }

    [Fact]
    public void A_heading_after_a_closed_fence_counts()
    {
        Assert.Equal("After", BodyHeading.First("~~~\n# inside\n~~~\n# After\n"));
    }
}
