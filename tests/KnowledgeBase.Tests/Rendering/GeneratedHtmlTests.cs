using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Rendering;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Rendering;

/// <summary>
/// A body without raw HTML is written straight from Markdig's output, without the sanitizer's parse and
/// walk: the page, its summary, its words and its findings must be exactly what the sanitizer path
/// gives, and anything outside the markup Markdig is known to write must still go through the sanitizer.
/// </summary>
public class GeneratedHtmlTests(SpecInputFolder input) : IClassFixture<SpecInputFolder>
{
    public static TheoryData<string> Bodies() =>
    [
        "# Spec case\n\n## Summary\n\nThe *first* \"paragraph\" & 1 < 2 > 0.\n\nMore.",
        "Intro.\n\n### Impact\n\nA & B < C > D \"quoted\" 'single' &copy; &nbsp;x&#160;y &amp;{evil}",
        "- tight\n- list\n\n1. loose\n\n2. ordered\n\n3. list\n\n5) starts\n6) at five",
        "- [x] done item\n- [ ] open item\n  - [X] nested",
        "| left | centre | right |\n|:-----|:------:|------:|\n| a \\| b | `c<d>` | **e** |\n| 1 | 2 | 3 |",
        "```yaml\nkey: \"<value>\" & more\n```\n\n    indented <code>\n\nInline `a && b` code.",
        "[absolute](https://example.com/a?b=1&c=2 \"Title & more\") [fragment](#impact) [other](other.md#part) [nested](sub/nested.md)",
        "[broken](missing.md) [draft](draft.md) [script](javascript:alert(1)) [data](data:text/html,x) [colon](page?t=12:30)",
        "![diagram](images/diagram.png \"A diagram\") ![spaced](<images/with space.png>) ![gone](nowhere.png) ![](images/diagram.png)",
        "<https://example.com/auto> <mailto:ops@example.com> ops@example.com <javascript:alert(1)>",
        "Text with a note[^1] and another[^note].\n\n[^1]: The first note.\n[^note]: The *second* note.",
        "> quoted\n> **bold** ~~gone~~\n\n---\n\nLine one  \nline two\\\nline three",
        "Heading\n=======\n\nSub\n---\n\n# Top\n\n## Below",
        "[ref link][r] and [r]\n\n[r]: https://example.com/ref \"ref title\"",
        "Unicode: é ü 漢字 — “quotes” ‘single’ \u00A0nbsp [ünï](https://example.com/ünï path)",
        "[link with `code` and *emphasis*](https://example.com) [[^x]](https://example.com/y)\n\n[^x]: note",
        "[a](https://example.com \"x < y > z\") ![a < b](https://example.com/i.png) [t](https://example.com \"</noscript><img src=x onerror=alert(1)>\")\n\n```c<x>\ncode\n```",
        "a&#13;b [t](https://example.com \"t&#13;t\")\n\n~~~ &#13;x\ncode\n~~~",
        "[other](other.md#süc) [spaced](<images/with space.png#x y>) [quoted](other.md#a\"b) [tilde](other.md#~x)",
        "",
    ];

    private (RenderedFile? File, string Findings) Render(string body, bool sanitizeAll)
    {
        var diagnostics = new DiagnosticBag();
        var postmortem = PostmortemText.Read("title: Spec case", body, diagnostics, "case.md");
        var renderer = new PostmortemRenderer(MarkdownPipelineFactory.Create(), input.Links) { SanitizeAll = sanitizeAll };
        return (renderer.Render(postmortem, diagnostics), diagnostics.Dump());
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_body_without_raw_html_gives_the_page_summary_words_and_findings_the_sanitizer_gives(string body)
    {
        AssertSamePage(body, Render(body, sanitizeAll: false), Render(body, sanitizeAll: true));
    }

    [CorpusTheory("public-postmortems", "icco-postmortems")]
    [InlineData("public-postmortems")]
    [InlineData("icco-postmortems")]
    public void Every_body_of_a_real_archive_gives_the_same_page_on_both_paths(string corpus)
    {
        var folder = Path.Combine(RepoPaths.SharedCorpus, corpus);
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var links = new LinkResolver(folder,
            files.ToImmutableDictionary(f => f, f => "incidents/" + Path.GetFileNameWithoutExtension(f) + "/index.html", StringComparer.Ordinal),
            ImmutableHashSet<string>.Empty);
        var fast = new PostmortemRenderer(MarkdownPipelineFactory.Create(), links);
        var sanitized = new PostmortemRenderer(MarkdownPipelineFactory.Create(), links) { SanitizeAll = true };

        Assert.True(files.Count > 200, $"{files.Count} files in {folder}");
        foreach (var file in files)
        {
            var body = BodyOf(File.ReadAllText(Path.Combine(folder, file)));
            AssertSamePage(file, RenderFile(fast, body, file), RenderFile(sanitized, body, file));
        }
    }

    [Theory]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<p style=\"color: red\">x</p>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p>unclosed")]
    [InlineData("<p>a</em></p>")]
    [InlineData("<p><a href=\"https://a\"><a href=\"https://b\">x</a></a></p>")]
    [InlineData("<p><ul><li>x</li></ul></p>")]
    [InlineData("<h1>title again</h1>")]
    [InlineData("<p><img alt=\"no source\" /></p>")]
    [InlineData("<p><a href=\"https://a\" target=\"_blank\">x</a></p>")]
    [InlineData("<p title='single quoted'>x</p>")]
    [InlineData("<p title=\"x&amp;{alert(1)}\">x</p>")]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>")]
    [InlineData("<P>upper case</P>")]
    public void Markup_it_does_not_know_is_left_to_the_sanitizer(string html)
    {
        Assert.Null(GeneratedHtml.TryRead(html, url => !url.StartsWith("javascript:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("## Impact\n\nText *em* **strong** ~~struck~~ `code` [link](https://example.com \"t\") ![img](https://example.com/i.png)")]
    [InlineData("- [x] done\n- [ ] open\n\n3. three\n4. four\n\n> quote\n\n---\n\nline  \nbreak")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |\n\n```sh\necho \"<x>\" && exit\n```")]
    [InlineData("Note[^1] <https://example.com>\n\n[^1]: The note.")]
    public void Markdigs_own_markup_is_read_without_the_sanitizer(string body)
    {
        var html = Markdig.Markdown.ToHtml(body, MarkdownPipelineFactory.Create());

        Assert.NotNull(GeneratedHtml.TryRead(html, _ => true));
    }

    [Fact]
    public void What_it_writes_without_the_sanitizer_is_all_on_the_sanitizers_allow_list()
    {
        Assert.All(GeneratedHtml.Elements, e => Assert.True(HtmlSanitizerFactory.AllowsTag(e), e));
        Assert.All(GeneratedHtml.Attributes, a => Assert.True(HtmlSanitizerFactory.AllowsAttribute(a), a));
        Assert.All(GeneratedHtml.Attributes, a => Assert.Equal(HtmlSanitizerFactory.IsUrlAttribute(a), GeneratedHtml.UrlAttributes.Contains(a)));
        Assert.DoesNotContain("h1", GeneratedHtml.Elements);
        Assert.DoesNotContain("style", GeneratedHtml.Attributes);
    }

    [Fact]
    public void Markdigs_html_is_written_as_the_sanitizer_writes_it_with_the_pages_additions()
    {
        var read = GeneratedHtml.TryRead(
            "<h2 id=\"s\">Summary</h2>\n<p>a &quot;b&quot; &amp; c<br />\nd\u00A0e</p>\n<pre><code class=\"language-sh\">x &lt; y\n</code></pre>\n"
            + "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> done</li>\n</ul>\n<hr />\n",
            _ => true);

        Assert.NotNull(read);
        Assert.Equal(
            "<h2 id=\"s\">Summary</h2>\n<p>a \"b\" &amp; c<br>\nd&nbsp;e</p>\n<pre tabindex=\"0\"><code class=\"language-sh\">x &lt; y\n</code></pre>\n"
            + "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"done\"> done</li>\n</ul>\n<hr>\n",
            read.Html);
        Assert.Equal(["h2", "p", "pre", "ul", "hr"], read.Blocks.Select(b => b.Name));
        Assert.Equal("a \"b\" & c\nd\u00A0e", read.Blocks[1].Text);
        Assert.Contains(" Summary \n a \"b\" & c \nd\u00A0e", read.Text, StringComparison.Ordinal);
    }

    private static (RenderedFile? File, string Findings) RenderFile(PostmortemRenderer renderer, string body, string path)
    {
        var diagnostics = new DiagnosticBag();
        var postmortem = PostmortemText.Read("title: Corpus file", body, diagnostics, path);
        return (renderer.Render(postmortem, diagnostics), diagnostics.Dump());
    }

    private static void AssertSamePage(string what, (RenderedFile? File, string Findings) fast, (RenderedFile? File, string Findings) sanitized)
    {
        Assert.Equal(sanitized.Findings, fast.Findings);
        Assert.True(fast.File is not null && sanitized.File is not null, what + " did not render:\n" + fast.Findings);
        Assert.Equal(sanitized.File.Incident.BodyHtml.ToString(), fast.File.Incident.BodyHtml.ToString());
        Assert.Equal(sanitized.File.Incident.Summary, fast.File.Incident.Summary);
        Assert.Equal(sanitized.File.Text.Read(), fast.File.Text.Read());
        Assert.Equal(sanitized.File.Incident.Attachments, fast.File.Incident.Attachments);
    }

    /// <summary>The Markdown after a file's front-matter (another project's schema needs no reading here).</summary>
    private static string BodyOf(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return close < 0 ? text : text[(close + 5)..];
    }
}
