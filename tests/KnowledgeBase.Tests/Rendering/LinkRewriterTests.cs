using KnowledgeBase.Rendering;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Rendering;

/// <summary>
/// The rewriter recognises the URLs it produced when the sanitizer's hook or the fast path asks about them
/// again, and those are read from Markdig's HTML: its idea of how Markdig writes a URL must be Markdig's own.
/// </summary>
public class LinkRewriterTests
{
    [Theory]
    [InlineData("../../incidents/other/index.html#timeline")]
    [InlineData("../../incidents/other/index.html#süc")]
    [InlineData("../../files/with%20space.png#x y")]
    [InlineData("page#a\"b'c[f]g^h`i{j|k}l~m")]
    [InlineData("page#a&b=c")]
    [InlineData("page#漢字-😀-é")]
    public void A_produced_url_is_known_in_the_form_markdig_writes_it(string url)
    {
        var html = Markdig.Markdown.ToHtml($"[x](<{url}>)", MarkdigPipeline);
        var href = Html.Parse(html).QuerySelector("a")!.GetAttribute("href");

        Assert.Equal(href, LinkRewriter.AsMarkdigWritesIt(url));
    }

    private static readonly Markdig.MarkdownPipeline MarkdigPipeline = MarkdownPipelineFactory.Create();
}
