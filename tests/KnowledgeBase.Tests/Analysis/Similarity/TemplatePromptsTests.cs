using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Analysis.Similarity;

/// <summary>A draft's unanswered template prompts are the template's words, not the incident's.</summary>
public sealed class TemplatePromptsTests
{
    private static readonly TemplatePrompts ThemePrompts = TemplatePrompts.From(File.ReadAllText(Path.Combine(RepoPaths.Theme, "new-postmortem.md")));

    [Fact]
    public void The_placeholder_sentences_of_the_theme_template_are_taken_out_and_the_authors_words_stay()
    {
        const string Body = "Summary\nWhat happened and what it meant for users, in two or three sentences.\nThe checkout pool ran dry.\n"
            + "Timeline\nHH:MM UTC — What happened, what responders saw and did.";

        var stripped = TemplatePrompts.Normalize(ThemePrompts.Strip(Body));

        Assert.Equal("Summary The checkout pool ran dry. Timeline", stripped);
    }

    [Fact]
    public void A_prompt_broken_over_lines_differently_is_still_a_prompt()
    {
        var stripped = ThemePrompts.Strip("Who was affected, how much\n  and for how long, with numbers.");

        Assert.Equal("", stripped.Trim());
    }

    [Fact]
    public void Html_comments_are_never_content_even_without_a_template()
    {
        Assert.Equal("before after", TemplatePrompts.Normalize(TemplatePrompts.None.Strip("before <!-- write here\nwhat went wrong --> after")));
    }

    [Fact]
    public void Headings_and_front_matter_comments_of_the_template_are_not_prompts()
    {
        var prompts = TemplatePrompts.From("---\ntitle: {{ title }}\nimpact:   # one line: who was affected\n---\n\n## Impact\n\nSay who was affected.\n");

        Assert.Equal("Impact one line: who was affected", TemplatePrompts.Normalize(prompts.Strip("Impact one line: who was affected Say who was affected.")));
    }
}
