using System.Text;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Incremental;
using KnowledgeBase.Model;
using KnowledgeBase.Output;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>
/// `kb build` takes a page whose fingerprint did not change from the site it replaces instead of rendering
/// it again, but only while the file there holds exactly what was rendered for that fingerprint.
/// </summary>
public sealed class ReusingPageRendererTests : IDisposable
{
    private static readonly Theme DefaultTheme = ThemeLoader.Load(RepoPaths.Theme, new ThemeParser(), new DiagnosticBag())!;

    private readonly TempDirectory _folder = new("reuse");
    private readonly List<string> _rendered = [];

    public void Dispose() => _folder.Dispose();

    private string Output => _folder["site"];

    private byte[] Render(PlannedPage page, string? baseUrl)
    {
        _rendered.Add(page.Path);
        return Encoding.UTF8.GetBytes($"<p>{((PageFingerprintTests.NoteView)page.View).Text}</p>");
    }

    /// <summary>One build: renders the pages through the cache, writes them as the site, commits the cache.</summary>
    private void Build(bool withPreviousSite = true, params PlannedPage[] pages)
    {
        using var digests = new PageDigests(CachePack.Open(_folder[".kb-cache/site/pages.pack"]));
        var previous = withPreviousSite ? PreviousSite.At(Output) : null;
        var renderer = new ReusingPageRenderer(Render, digests, new PageFingerprint(DefaultTheme, PageFingerprintTests.Site(), DateTimeOffset.UnixEpoch, null), previous);
        var written = pages.Select(p => (p.Path, Bytes: renderer.Render(p, null))).ToList();
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        foreach (var (path, bytes) in written.Append((SitePaths.SiteMarker, [])))
        {
            _folder.WriteBytes("site/" + path, bytes);
        }

        digests.KeepOnlyUsed();
    }

    private static PlannedPage Page(string text, string path = "notes/index.html") => PageFingerprintTests.Page(text, path);

    [Fact]
    public void An_unchanged_page_is_taken_from_the_site_the_last_build_wrote()
    {
        Build(true, Page("hello"), Page("other", "other/index.html"));
        Build(true, Page("hello"), Page("other", "other/index.html"));

        Assert.Equal(["notes/index.html", "other/index.html"], _rendered);
        Assert.Equal("<p>hello</p>", File.ReadAllText(Path.Combine(Output, "notes/index.html")));
    }

    [Fact]
    public void A_page_whose_view_changed_is_rendered_again_and_the_others_are_not()
    {
        Build(true, Page("hello"), Page("other", "other/index.html"));
        Build(true, Page("hello, again"), Page("other", "other/index.html"));

        Assert.Equal(["notes/index.html", "other/index.html", "notes/index.html"], _rendered);
        Assert.Equal("<p>hello, again</p>", File.ReadAllText(Path.Combine(Output, "notes/index.html")));
    }

    [Fact]
    public void A_page_edited_by_hand_in_the_site_is_rendered_again_not_taken()
    {
        Build(true, Page("hello"));
        File.WriteAllText(Path.Combine(Output, "notes/index.html"), "<p>hello</p><script>alert(1)</script>");

        Build(true, Page("hello"));

        Assert.Equal(2, _rendered.Count);
        Assert.Equal("<p>hello</p>", File.ReadAllText(Path.Combine(Output, "notes/index.html")));
    }

    [Fact]
    public void Without_a_site_kb_wrote_every_page_is_rendered()
    {
        Build(true, Page("hello"));
        Build(false, Page("hello"));

        Assert.Equal(2, _rendered.Count);
    }

    [Fact]
    public void A_build_that_did_not_commit_leaves_the_last_digests_in_place()
    {
        Build(true, Page("hello"));
        using (var digests = new PageDigests(CachePack.Open(_folder[".kb-cache/site/pages.pack"])))
        {
            new ReusingPageRenderer(Render, digests, new PageFingerprint(DefaultTheme, PageFingerprintTests.Site(), DateTimeOffset.UnixEpoch, null), PreviousSite.At(Output))
                .Render(Page("hello, never written"), null);
        }

        Build(true, Page("hello"));

        Assert.Equal(["notes/index.html", "notes/index.html"], _rendered);
    }
}
