using System.Collections.Immutable;
using KnowledgeBase.Rendering;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Rendering;

public sealed class LinkResolverTests : IDisposable
{
    private readonly TempDirectory _input = new("links");
    private readonly TempDirectory _outside = new("outside");
    private readonly LinkResolver _links;

    public LinkResolverTests()
    {
        _input.Write("2024/a.md", "x");
        _input.Write("2024/b.md", "x");
        _input.Write("other/c.md", "x");
        _input.Write("draft.md", "x");
        _input.Write("notes/readme.md", "x");
        _input.Write("images/x.png", "png");
        _input.Write("images/with space.png", "png");
        _input.Write("kb.yml", "title: x");
        _input.Write(".secret/y.png", "png");
        _outside.Write("outside.png", "png");
        _links = new LinkResolver(
            _input.Path,
            ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["2024/a.md"] = "incidents/a/index.html",
                ["2024/b.md"] = "incidents/b/index.html",
                ["other/c.md"] = "incidents/c/index.html",
            }),
            ImmutableHashSet.Create(StringComparer.Ordinal, "draft.md"));
    }

    public void Dispose()
    {
        _input.Dispose();
        _outside.Dispose();
    }

    [Theory]
    [InlineData("b.md", "incidents/b/index.html", "")]
    [InlineData("./b.md", "incidents/b/index.html", "")]
    [InlineData("b.md#timeline", "incidents/b/index.html", "#timeline")]
    [InlineData("../other/c.md#impact", "incidents/c/index.html", "#impact")]
    [InlineData("/other/c.md", "incidents/c/index.html", "")]
    [InlineData("..\\other\\c.md", "incidents/c/index.html", "")]
    [InlineData("b%2Emd", "incidents/b/index.html", "")]
    [InlineData("../2024/../2024/b.md", "incidents/b/index.html", "")]
    public void Relative_link_to_another_postmortem_leads_to_its_page_with_the_fragment(string url, string page, string fragment)
    {
        Assert.Equal(new LinkTarget.Page(page, fragment), _links.Resolve("2024/a.md", url));
    }

    [Fact]
    public void Link_to_a_draft_is_Excluded()
    {
        Assert.Equal(new LinkTarget.Excluded("draft.md"), _links.Resolve("2024/a.md", "../draft.md"));
    }

    [Theory]
    [InlineData("../images/x.png", "images/x.png", "")]
    [InlineData("/images/x.png#part", "images/x.png", "#part")]
    [InlineData("../images/with%20space.png", "images/with space.png", "")]
    public void Link_to_an_existing_file_is_an_Attachment(string url, string source, string fragment)
    {
        Assert.Equal(new LinkTarget.Attachment(source, "files/" + source, fragment), _links.Resolve("2024/a.md", url));
    }

    [Theory]
    [InlineData("missing.md")]
    [InlineData("../images/missing.png")]
    [InlineData("../../outside.png")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..")]
    [InlineData("../kb.yml")]
    [InlineData("../.secret/y.png")]
    [InlineData("../notes/readme.md")]
    [InlineData("../images")]
    public void Missing_file_climbing_out_hidden_file_config_or_other_markdown_is_Missing(string url)
    {
        Assert.IsType<LinkTarget.Missing>(_links.Resolve("2024/a.md", url));
    }

    [Fact]
    public void Link_to_a_symlink_leading_outside_the_input_folder_is_Missing()
    {
        File.CreateSymbolicLink(_input["images/leak.png"], _outside["outside.png"]);

        Assert.IsType<LinkTarget.Missing>(_links.Resolve("2024/a.md", "../images/leak.png"));
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("javascript:x", true)]
    [InlineData("//cdn.example/x", true)]
    [InlineData("other.md", false)]
    [InlineData("/root.md", false)]
    [InlineData("#frag", false)]
    public void IsAbsolute_tells_urls_with_a_scheme_or_host(string url, bool absolute)
    {
        Assert.Equal(absolute, LinkResolver.IsAbsolute(url));
    }
}
