using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Output;

public class SiteWriterTests
{
    [Fact]
    public void Files_linked_from_postmortems_are_copied_beside_the_pages()
    {
        using var site = new SmallSite()
            .Postmortem("2024/a.md", "title: A\ndate: 2024-01-01", "![diagram](<img/flow chart.png>)\n\n[log](../logs/excerpt.txt)")
            .Postmortem("b.md", "title: B\ndate: 2024-01-02", "![same](2024/img/flow%20chart.png)")
            .File("2024/img/flow chart.png", "PNG bytes")
            .File("logs/excerpt.txt", "log lines")
            .File("logs/not-linked.txt", "private notes");

        site.BuildClean();

        Assert.Equal("PNG bytes", File.ReadAllText(site.PathOf("files/2024/img/flow chart.png")));
        Assert.Equal("log lines", File.ReadAllText(site.PathOf("files/logs/excerpt.txt")));
        Assert.False(File.Exists(site.PathOf("files/logs/not-linked.txt")));
        Assert.Equal("../../files/2024/img/flow%20chart.png", site.Page("incidents/a/index.html").QuerySelector("div.body img")!.GetAttribute("src"));
        Assert.Empty(SiteLinks.Broken(site.Output));
    }

    [Fact]
    public void Theme_assets_are_copied_and_markdown_sources_are_not()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01");

        site.BuildClean();

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "style.css")), File.ReadAllBytes(site.PathOf("assets/style.css")));
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.md", SearchOption.AllDirectories));
        Assert.False(File.Exists(site.PathOf("kb.yml")));
    }

    [Fact]
    public void Every_written_page_ends_with_one_newline_and_has_no_carriage_returns()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: A\ndate: 2024-01-01", "Line one.\r\nLine two.\r\n");

        site.BuildClean();

        foreach (var page in site.HtmlFiles())
        {
            var text = File.ReadAllText(site.PathOf(page));
            Assert.EndsWith(">\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', text);
        }
    }
}
