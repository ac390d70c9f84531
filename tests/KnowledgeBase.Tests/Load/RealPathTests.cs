using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Load;

/// <summary>A real path has every link on it followed, at any depth, as the operating system would.</summary>
public sealed class RealPathTests : IDisposable
{
    private readonly TempDirectory _temp = new("realpath");

    public void Dispose() => _temp.Dispose();

    private string Root => RealPath.Of(_temp.Path);

    [Fact]
    public void A_path_without_links_is_its_full_path()
    {
        var folder = _temp.Folder("a/b");

        Assert.Equal(Path.Combine(Root, "a", "b"), RealPath.Of(folder));
        Assert.Equal(Path.Combine(Root, "a"), RealPath.Of(Path.Combine(folder, "..")));
    }

    [Fact]
    public void A_link_to_the_current_folder_is_that_folder()
    {
        var input = _temp.Folder("kb");
        Directory.CreateSymbolicLink(Path.Combine(input, "here"), ".");

        Assert.Equal(Path.Combine(Root, "kb"), RealPath.Of(Path.Combine(input, "here")));
        Assert.Equal(Path.Combine(Root, "kb"), RealPath.Of(Path.Combine(input, "here", "here", "here")));
    }

    [Fact]
    public void Links_are_followed_on_every_folder_and_dot_dot_climbs_from_where_they_lead()
    {
        _temp.Folder("deep/inside");
        Directory.CreateSymbolicLink(_temp["up"], _temp["deep/inside"]);
        Directory.CreateSymbolicLink(_temp["deep/inside/back"], "..");

        Assert.Equal(Path.Combine(Root, "deep"), RealPath.Of(Path.Combine(_temp.Path, "up", "..")));
        Assert.Equal(Path.Combine(Root, "deep", "x"), RealPath.Of(Path.Combine(_temp.Path, "up", "back", "x")));
    }

    [Fact]
    public void What_does_not_exist_yet_is_kept_as_written_after_the_real_part()
    {
        _temp.Folder("real");
        Directory.CreateSymbolicLink(_temp["link"], _temp["real"]);
        Directory.CreateSymbolicLink(_temp["dangling"], _temp["nowhere/yet"]);

        Assert.Equal(Path.Combine(Root, "real", "new", "site"), RealPath.Of(Path.Combine(_temp.Path, "link", "new", "site")));
        Assert.Equal(Path.Combine(Root, "nowhere", "yet", "x"), RealPath.Of(Path.Combine(_temp.Path, "dangling", "x")));
    }

    [Fact]
    public void A_loop_of_links_is_an_error_not_a_hang()
    {
        Directory.CreateSymbolicLink(_temp["a"], _temp["b"]);
        Directory.CreateSymbolicLink(_temp["b"], _temp["a"]);

        Assert.Throws<IOException>(() => RealPath.Of(Path.Combine(_temp.Path, "a", "x")));
    }

    [Theory]
    [InlineData("/kb", "/kb", true)]
    [InlineData("/kb", "/kb/_site", true)]
    [InlineData("/kb/", "/kb/_site", true)]
    [InlineData("/kb", "/kb-other", false)]
    [InlineData("/kb/_site", "/kb", false)]
    public void Within_means_the_folder_itself_or_below_it(string folder, string path, bool within)
    {
        Assert.Equal(within, RealPath.IsWithin(folder, path));
    }
}
