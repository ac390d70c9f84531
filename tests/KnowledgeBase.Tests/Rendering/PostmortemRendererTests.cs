using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Rendering;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Rendering;

public class PostmortemRendererTests(SpecInputFolder input) : IClassFixture<SpecInputFolder>
{
    private (RenderedPostmortem? Rendered, DiagnosticBag Diagnostics) Render(string body, string frontMatter = "title: Spec case")
    {
        var diagnostics = new DiagnosticBag();
        var postmortem = PostmortemText.Read(frontMatter, body, diagnostics, "case.md");
        var renderer = new PostmortemRenderer(MarkdownPipelineFactory.Create(), input.Links);
        return (renderer.Render(postmortem, diagnostics)?.Incident, diagnostics);
    }

    private AngleSharp.Dom.IElement Body(string body, string frontMatter = "title: Spec case")
    {
        var (rendered, diagnostics) = Render(body, frontMatter);
        Assert.True(rendered is not null, diagnostics.Dump());
        return Html.Parse(rendered.BodyHtml.ToString()).Body!;
    }

    private static string[] Headings(AngleSharp.Dom.IElement body) =>
        [.. body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName + ":" + h.Text())];

    [Fact]
    public void Code_blocks_and_tables_take_the_keyboards_focus_so_their_hidden_part_can_be_scrolled_to()
    {
        var body = Body("```\nlong log line\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<pre tabindex=\"5\">raw</pre>\n\nText with `inline code`.");

        Assert.All(body.QuerySelectorAll("pre, table"), region => Assert.Equal("0", region.GetAttribute("tabindex")));
        Assert.Equal(3, body.QuerySelectorAll("pre, table").Length);
        Assert.Null(body.QuerySelector("code:not(pre code)")!.GetAttribute("tabindex"));
    }

    [Fact]
    public void Rendered_postmortem_carries_its_id_page_and_source()
    {
        var (rendered, _) = Render("Text.", "title: Spec case\nid: my-case");

        Assert.NotNull(rendered);
        Assert.Equal("my-case", rendered.Id);
        Assert.Equal("incidents/my-case/index.html", rendered.PagePath);
        Assert.Equal("Spec case", rendered.Postmortem.Title);
    }

    [Theory]
    [InlineData("# Spec case\n\nText.")]
    [InlineData("#   spec CASE  \n\nText.")]
    [InlineData("Spec case\n=========\n\nText.")]
    public void Leading_H1_equal_to_the_title_is_removed(string body)
    {
        var html = Body(body);

        Assert.Empty(Headings(html));
        Assert.Equal("Text.", html.QuerySelector("p")!.Text());
    }

    [Fact]
    public void After_removing_the_title_other_H1s_are_shifted_so_the_body_has_no_H1()
    {
        var html = Body("# Spec case\n\n## Summary\n\nS.\n\n# Another part\n\n### Deep\n\n###### Deepest");

        Assert.Equal(["h3:Summary", "h2:Another part", "h4:Deep", "h6:Deepest"], Headings(html));
    }

    [Fact]
    public void H1_different_from_the_title_is_kept_as_H2_and_the_rest_shifted()
    {
        var html = Body("# Background\n\n## Details\n\nText.");

        Assert.Equal(["h2:Background", "h3:Details"], Headings(html));
    }

    [Fact]
    public void H1_equal_to_the_title_is_only_removed_when_it_comes_first()
    {
        var html = Body("Intro.\n\n# Spec case\n\n## Sub");

        Assert.Equal(["h2:Spec case", "h3:Sub"], Headings(html));
    }

    [Fact]
    public void Body_without_H1_keeps_its_heading_levels()
    {
        Assert.Equal(["h2:A", "h3:B"], Headings(Body("## A\n\n### B")));
    }

    [Fact]
    public void Heading_nested_in_a_blockquote_is_shifted_too()
    {
        Assert.Equal(["h2:Quoted"], Headings(Body("> # Quoted")));
    }

    [Fact]
    public void Raw_HTML_h1_does_not_give_the_page_a_second_H1()
    {
        Assert.Empty(Body("<h1>Raw heading</h1>\n\nText.").QuerySelectorAll("h1"));
    }

    [Fact]
    public void Summary_is_the_first_paragraph_under_a_Summary_heading()
    {
        var (rendered, _) = Render("Intro paragraph.\n\n## Timeline\n\n- 14:05 deploy\n\n## summary\n\nThe real summary.\n\nSecond paragraph.");

        Assert.Equal("The real summary.", rendered!.Summary);
    }

    [Fact]
    public void Summary_heading_counts_after_the_title_H1_is_removed()
    {
        var (rendered, _) = Render("# Spec case\n\n## Summary\n\nUnder the heading.");

        Assert.Equal("Under the heading.", rendered!.Summary);
    }

    [Fact]
    public void Without_a_Summary_heading_the_summary_is_the_first_paragraph()
    {
        var (rendered, _) = Render("## Impact\n\n- list item\n\nFirst paragraph.\n\nSecond.");

        Assert.Equal("First paragraph.", rendered!.Summary);
    }

    [Fact]
    public void Summary_is_plain_text_with_whitespace_collapsed()
    {
        var (rendered, _) = Render("Before **bold** and `code` and [a link](https://example.org) &amp; <b>raw</b>\nnext   line.");

        Assert.Equal("Before bold and code and a link & raw next line.", rendered!.Summary);
    }

    [Fact]
    public void Summary_leaves_out_the_content_of_removed_script_elements()
    {
        var (rendered, _) = Render("Before <script>alert(1)</script> after");

        Assert.Equal("Before after", rendered!.Summary);
    }

    [Fact]
    public void Summary_over_320_characters_is_cut_at_a_word_with_an_ellipsis()
    {
        var words = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"word{i:D2}"));

        var (rendered, _) = Render(words + ".");

        var summary = rendered!.Summary;
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= 321, summary.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(summary.Length > 160);
        var kept = summary[..^1];
        Assert.StartsWith(kept, words, StringComparison.Ordinal);
        Assert.Matches(@"word\d\d$", kept);
    }

    [Fact]
    public void Summary_of_exactly_320_characters_is_kept_whole()
    {
        var text = new string('a', 319) + ".";

        var (rendered, _) = Render(text);

        Assert.Equal(text, rendered!.Summary);
    }

    [Fact]
    public void Summary_without_spaces_is_cut_at_320_characters()
    {
        var (rendered, _) = Render(new string('x', 1000));

        Assert.Equal(new string('x', 320) + "…", rendered!.Summary);
    }

    [Fact]
    public void Front_matter_summary_wins_over_the_body()
    {
        var (rendered, _) = Render("## Summary\n\nFrom the body.", "title: Spec case\nsummary: From front-matter.");

        Assert.Equal("From front-matter.", rendered!.Summary);
    }

    [Fact]
    public void Body_without_a_paragraph_has_an_empty_summary()
    {
        var (rendered, _) = Render("## Only a heading\n\n- and a list");

        Assert.Equal("", rendered!.Summary);
    }

    [Fact]
    public void Linked_files_are_listed_as_attachments_once_in_path_order()
    {
        var (rendered, _) = Render("![a](images/with%20space.png) ![b](images/diagram.png) [c](images/diagram.png)");

        Assert.Equal(
            [new KeyValuePair<string, string>("images/diagram.png", "files/images/diagram.png"), new KeyValuePair<string, string>("images/with space.png", "files/images/with space.png")],
            rendered!.Attachments);
    }

    [Fact]
    public void Blockquotes_nested_past_the_parser_limit_are_KB4003_at_the_deepest_line()
    {
        var (rendered, diagnostics) = Render("Intro.\n\n> quoted\n\n" + new string('>', 1000) + " deep\n");

        Assert.Null(rendered);
        // Body line 5 is file line 8 (the body starts on line 4).
        Assert.Equal([("KB4003", 8, 1)], diagnostics.Positions());
        Assert.True(diagnostics.One("KB4003").IsError);
    }

    [Fact]
    public void Raw_html_nested_past_the_limit_is_KB4003_at_the_tag_that_crosses_it()
    {
        // 80,000 levels took minutes in the HTML parser; a linear scan refuses them before any parser runs.
        var body = "Intro.\n\n" + string.Concat(Enumerable.Repeat("<div>", 80_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 80_000));

        var (rendered, diagnostics) = Render(body);

        Assert.Null(rendered);
        // Body line 3 is file line 6; the 257th <div> starts at column 256 * 5 + 1.
        Assert.Equal([("KB4003", 6, (RawHtmlDepth.Limit * 5) + 1)], diagnostics.Positions());
    }

    [Fact]
    public void Raw_html_nested_within_the_limit_renders_and_unclosed_paragraphs_do_not_count()
    {
        var body = string.Concat(Enumerable.Repeat("<div>", 200)) + "x" + string.Concat(Enumerable.Repeat("</div>", 200))
            + "\n\n" + string.Concat(Enumerable.Repeat("<p>para ", 400)) + "<br><img src=\"https://example.org/x.png\" alt=\"x\">";

        var (rendered, diagnostics) = Render(body);

        Assert.NotNull(rendered);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Lists_nested_past_the_parser_limit_are_KB4003_at_the_deepest_line()
    {
        var (rendered, diagnostics) = Render("1. one\n   - two\n\n" + string.Concat(Enumerable.Repeat("- ", 1000)) + "x\n");

        Assert.Null(rendered);
        Assert.Equal([("KB4003", 7, 1)], diagnostics.Positions());
    }

    [Fact]
    public void Thousand_nested_brackets_render_without_an_exception()
    {
        var (rendered, diagnostics) = Render(new string('[', 1000) + "x" + new string(']', 1000) + "\n\n" + new string('[', 1000) + "x" + string.Concat(Enumerable.Repeat("](y)", 1000)));

        Assert.True(rendered is not null || diagnostics.Codes().SequenceEqual(["KB4003"]), diagnostics.Dump());
    }

    [Theory]
    [InlineData("title: Spec case")]
    [InlineData("title: Spec case\nsummary: Given, so only the body is rendered.")]
    public void Emphasis_nested_past_the_limit_is_KB4003_not_an_exception(string frontMatter)
    {
        var (rendered, diagnostics) = Render(new string('*', 1000) + "x" + new string('*', 1000), frontMatter);

        Assert.Null(rendered);
        Assert.Equal(["KB4003"], diagnostics.Codes());
    }

    [Fact]
    public void Broken_link_in_raw_HTML_is_reported_and_removed()
    {
        var (rendered, diagnostics) = Render("Intro.\n\n<p>See <img src=\"images/missing.png\"> here</p>");

        Assert.Empty(Html.Parse(rendered!.BodyHtml.ToString()).QuerySelectorAll("img[src]"));
        Assert.Equal(["KB4001"], diagnostics.Codes());
    }

    [Fact]
    public void Broken_link_in_raw_HTML_is_reported_at_its_line()
    {
        var (_, diagnostics) = Render("Intro.\n\n<p>See <img src=\"images/missing.png\"> here</p>");

        Assert.Equal([("KB4001", 6, 8)], diagnostics.Positions());
    }

    [Fact]
    public void Javascript_url_in_raw_HTML_is_reported_as_KB4002()
    {
        var (_, diagnostics) = Render("<a href=\"javascript:alert(1)\">raw</a>");

        Assert.Equal(["KB4002"], diagnostics.Codes());
    }

    [Fact]
    public void Fenced_code_keeps_markup_as_text()
    {
        var html = Body("```html\n<script>alert(1)</script>\n```");

        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>", html.QuerySelector("pre code")!.TextContent.TrimEnd('\n'));
    }
}
