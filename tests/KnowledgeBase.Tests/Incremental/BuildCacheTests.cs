using KnowledgeBase.Incremental;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>
/// The cache folder beside an output is only touched once a stage asks for its part: by then the build
/// holds the output's lock, so a second build refused at the lock cannot disturb the first one's cache.
/// </summary>
public sealed class BuildCacheTests : IDisposable
{
    private readonly TempDirectory _folder = new("cache");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_cache_that_no_stage_used_leaves_its_folder_as_it_was()
    {
        var half = _folder.Write("bodies.pack.1234abcd.tmp", "another build's next pack, being written");
        var older = _folder.Write("pages.json", "{}");

        using (new BuildCache(_folder.Path))
        {
        }

        Assert.True(File.Exists(half));
        Assert.True(File.Exists(older));
    }

    [Fact]
    public void The_first_stage_to_use_the_cache_clears_what_older_and_killed_builds_left()
    {
        var half = _folder.Write("bodies.pack.1234abcd.tmp", "a killed build's next pack");
        var older = _folder.Write("bodies/0123.json", "{}");

        using (var cache = new BuildCache(_folder.Path))
        {
            _ = cache.Bodies;
        }

        Assert.False(File.Exists(half));
        Assert.False(Directory.Exists(Path.GetDirectoryName(older)));
    }
}
