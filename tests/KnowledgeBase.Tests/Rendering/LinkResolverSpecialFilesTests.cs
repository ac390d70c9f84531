using System.Collections.Immutable;
using System.Diagnostics;
using KnowledgeBase.Rendering;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Rendering;

/// <summary>
/// A link to something that is not a regular file inside the input folder is a missing file: a link that
/// loops or leads nowhere cannot be read, and a FIFO would hang the copy until something wrote to it.
/// </summary>
public sealed class LinkResolverSpecialFilesTests : IDisposable
{
    private readonly TempDirectory _input = new("special-links");
    private readonly LinkResolver _links;

    public LinkResolverSpecialFilesTests()
    {
        _input.Write("a.md", "x");
        _input.Write("images/x.png", "png");
        _links = new LinkResolver(_input.Path, ImmutableDictionary<string, string>.Empty, ImmutableHashSet<string>.Empty);
    }

    public void Dispose() => _input.Dispose();

    [Theory]
    [InlineData("self.png")]
    [InlineData("ping.png")]
    [InlineData("dangling.png")]
    [InlineData("looped/x.png")]
    [InlineData("pipe.log")]
    [InlineData("pipe-link.log")]
    public void A_link_to_a_loop_nothing_or_a_fifo_is_missing(string url)
    {
        File.CreateSymbolicLink(_input["self.png"], "self.png");
        File.CreateSymbolicLink(_input["ping.png"], "pong.png");
        File.CreateSymbolicLink(_input["pong.png"], "ping.png");
        File.CreateSymbolicLink(_input["dangling.png"], "nowhere.png");
        Directory.CreateSymbolicLink(_input["looped"], "looped");
        using (var mkfifo = Process.Start("mkfifo", [_input["pipe.log"]]))
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(_input["pipe-link.log"], "pipe.log");

        Assert.IsType<LinkTarget.Missing>(_links.Resolve("a.md", url));
        Assert.IsType<LinkTarget.Attachment>(_links.Resolve("a.md", "images/x.png"));
    }
}
