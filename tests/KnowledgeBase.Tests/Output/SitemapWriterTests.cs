using System.Xml.Linq;
using KnowledgeBase.Output;

namespace KnowledgeBase.Tests.Output;

public class SitemapWriterTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static (string Loc, string? LastModified)[] Entries(string xml) =>
        [.. XDocument.Parse(xml).Root!.Elements(Ns + "url").Select(u => (u.Element(Ns + "loc")!.Value, u.Element(Ns + "lastmod")?.Value))];

    [Fact]
    public void Urls_are_absolute_with_the_base_url_and_pretty_for_folders()
    {
        var xml = SitemapWriter.Write(
            [("index.html", null), ("incidents/db-outage/index.html", new DateOnly(2024, 3, 12)), ("tags/dns/index.html", null), ("extra.html", null)],
            "https://kb.example/docs/");

        Assert.Equal(
        [
            ("https://kb.example/docs/", null),
            ("https://kb.example/docs/incidents/db-outage/", "2024-03-12"),
            ("https://kb.example/docs/tags/dns/", null),
            ("https://kb.example/docs/extra.html", null),
        ], Entries(xml));
    }

    [Fact]
    public void Without_a_base_url_urls_are_relative_to_the_site_root()
    {
        var xml = SitemapWriter.Write([("index.html", null), ("incidents/a/index.html", null)], null);

        Assert.Equal([("", null), ("incidents/a/", null)], Entries(xml));
    }

    [Fact]
    public void Sitemap_is_a_utf8_urlset_document_ending_in_a_newline()
    {
        var xml = SitemapWriter.Write([("index.html", null)], "https://kb.example/");

        var document = XDocument.Parse(xml);
        Assert.Equal(Ns + "urlset", document.Root!.Name);
        Assert.Equal("utf-8", document.Declaration!.Encoding);
        Assert.EndsWith("\n", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Special_characters_in_paths_are_escaped_as_XML()
    {
        var xml = SitemapWriter.Write([("tags/a&b/index.html", null)], "https://kb.example/");

        Assert.Equal([("https://kb.example/tags/a&b/", null)], Entries(xml));
    }

    [Fact]
    public void Pages_are_written_in_the_order_given()
    {
        var xml = SitemapWriter.Write([("b/index.html", null), ("a/index.html", null)], "https://x.example/");

        Assert.Equal(["https://x.example/b/", "https://x.example/a/"], Entries(xml).Select(e => e.Loc));
    }
}
