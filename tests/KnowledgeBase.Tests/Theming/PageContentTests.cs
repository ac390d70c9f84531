using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Theming;

/// <summary>The layout receives the page template's output as <c>content</c>, however it writes it.</summary>
public sealed class PageContentTests : IDisposable
{
    private readonly TempDirectory _theme = new("theme");

    public PageContentTests() => FileTree.Copy(RepoPaths.Theme, _theme.Path);

    public void Dispose() => _theme.Dispose();

    [Fact]
    public void Content_is_written_raw_with_or_without_the_raw_filter_and_reads_as_text_in_filters()
    {
        File.WriteAllText(Path.Combine(_theme.Path, "templates", "layout.liquid"),
            "<!DOCTYPE html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>" +
            "<div id=\"raw\">{{ content | raw }}</div><div id=\"plain\">{{ content }}</div>" +
            "<p id=\"size\">{{ content | size }}</p><p id=\"has\">{% if content contains 'Disk full' %}yes{% endif %}</p></body></html>");
        using var site = new SmallSite { Theme = _theme.Path }
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
}
