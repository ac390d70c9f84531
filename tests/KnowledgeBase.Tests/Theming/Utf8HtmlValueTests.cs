using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Theming;

/// <summary>HTML held as UTF-8 (the layout's <c>content</c>, a rendered body) reaches the page as it was, however a template writes it.</summary>
public sealed class Utf8HtmlValueTests
{
    [Fact]
    public void Content_is_written_raw_with_or_without_the_raw_filter_and_reads_as_text_in_filters()
    {
        using var theme = new TempDirectory("theme");
        FileTree.Copy(RepoPaths.Theme, theme.Path);
        theme.Write("templates/layout.liquid",
            "<!DOCTYPE html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>" +
            "<div id=\"raw\">{{ content | raw }}</div><div id=\"plain\">{{ content }}</div>" +
            "<p id=\"size\">{{ content | size }}</p><p id=\"has\">{% if content contains 'Disk full' %}yes{% endif %}</p></body></html>");
        using var site = new SmallSite { Theme = theme.Path }
            .Postmortem("a.md", "title: Disk full\ndate: 2024-01-01\ntags: [storage]");

        site.BuildClean();

        var tag = site.Page("tags/storage/index.html");
        var raw = tag.QuerySelector("#raw")!;
        Assert.Equal("Tag: storage", raw.QuerySelector("h1")!.TextContent);
        Assert.Equal(raw.InnerHtml, tag.QuerySelector("#plain")!.InnerHtml);
        var size = int.Parse(tag.QuerySelector("#size")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(size, raw.InnerHtml.Length - 200, raw.InnerHtml.Length + 200);
        Assert.Equal("yes", tag.QuerySelector("#has")!.TextContent);
    }

    [Fact]
    public void A_body_held_as_utf8_is_written_into_its_page_as_it_was_rendered()
    {
        const string Words = "Zürich — 東京 🚒 & co";
        using var site = new SmallSite().Postmortem("a.md", "title: Disk full\ndate: 2024-01-01", $"## What happened\n\n{Words}\n");

        site.BuildClean();

        var page = site.Page("incidents/a/index.html");
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent == Words);
        var bytes = File.ReadAllBytes(site.PathOf("incidents/a/index.html"));
        Assert.Equal(bytes, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes)));
    }

    [Fact]
    public void Utf8_html_equals_by_content_and_reads_back_as_the_same_text()
    {
        KnowledgeBase.Model.Utf8Html a = "<p>Zürich 🚒</p>";

        Assert.Equal("<p>Zürich 🚒</p>", a.ToString());
        Assert.Equal(a, new KnowledgeBase.Model.Utf8Html("<p>Zürich 🚒</p>"));
        Assert.Equal(a.GetHashCode(), new KnowledgeBase.Model.Utf8Html("<p>Zürich 🚒</p>").GetHashCode());
        Assert.NotEqual(a, new KnowledgeBase.Model.Utf8Html("<p>Zurich 🚒</p>"));
    }
}
