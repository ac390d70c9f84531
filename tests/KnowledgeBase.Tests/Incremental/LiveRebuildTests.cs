using KnowledgeBase.Incremental;
using KnowledgeBase.Output;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>
/// The rebuild <c>kb serve</c> does after each save: one process, everything per document kept in memory
/// (front-matter, renderings, search and similarity analysis, pages), the served folder updated in
/// place. After any sequence of saves the folder holds exactly what a clean build writes.
/// </summary>
public sealed class LiveRebuildTests : IDisposable
{
    private readonly TempDirectory _temp = new("live");
    private readonly string _input;
    private readonly LiveSiteFolder _served;
    private readonly SiteBuilder _builder;

    public LiveRebuildTests()
    {
        _input = _temp.Folder("input");
        FileTree.Copy(RepoPaths.Input, _input);
        _served = new LiveSiteFolder(_temp["served"]);
        _builder = new SiteBuilder(progress: null, new BuildCache(), _served);
    }

    public void Dispose() => _temp.Dispose();

    private BuildOptions Options(string output) => Builds.Options(_input, output) with { IncludeDrafts = true };

    private void AssertServedIsCleanBuild(string step)
    {
        var live = _builder.Run(Options(_temp["served"]));
        Assert.True(live.Written, step + ": " + string.Join('\n', live.Diagnostics));
        var clean = Builds.Run(Options(_temp["clean-" + step]));
        Assert.True(clean.Written, step);
        Assert.Equal(clean.Diagnostics, live.Diagnostics);
        var expected = FileTree.Hashes(_temp["clean-" + step]);
        expected.Remove(StagingDirectory.MarkerFile);
        Assert.Equal(expected, FileTree.Hashes(_temp["served"]));
    }

    private string File(string name) => Path.Combine(_input, name);

    [Fact]
    public void After_edits_adds_renames_and_deletes_the_served_folder_is_a_clean_build()
    {
        AssertServedIsCleanBuild("first");

        // Enough new wording to move this incident's similar incidents and their reasons, not only its page.
        var warming = string.Concat(Enumerable.Repeat("The replacement cache node warms up from a snapshot before it takes traffic. ", 40));
        System.IO.File.AppendAllText(File("2024-10-08-search-cache-stampede.md"), "\n" + warming + "\n");
        AssertServedIsCleanBuild("edit");
        Assert.InRange(_served.Written, 1, 30);

        var text = System.IO.File.ReadAllText(File("2023-08-22-edge-certificate-expiry.md"));
        System.IO.File.WriteAllText(File("2023-08-22-edge-certificate-expiry.md"), text.Replace("tags: [", "tags: [renewal-automation, ", StringComparison.Ordinal));
        AssertServedIsCleanBuild("new tag");

        System.IO.File.WriteAllText(File("2026-11-20-label-printer-queue.md"),
            "---\ntitle: Label printer queue stalled\ndate: 2026-11-20\nseverity: SEV3\ntags: [queue]\nservices: [label-service]\n---\n\n## Summary\n\nThe queue stalled behind one oversized job.\n");
        AssertServedIsCleanBuild("add");

        System.IO.File.Move(File("2023-11-02-checkout-pool-exhaustion.md"), File("2023-11-checkout-pool.md"));
        AssertServedIsCleanBuild("rename");

        System.IO.File.Delete(File("2026-11-20-label-printer-queue.md"));
        AssertServedIsCleanBuild("delete");
        Assert.False(System.IO.File.Exists(_temp["served/services/label-service/index.html"]));
    }

    [Fact]
    public void A_save_that_does_not_build_changes_nothing_served_and_the_next_good_save_catches_up()
    {
        AssertServedIsCleanBuild("first");
        var before = FileTree.Hashes(_temp["served"]);
        var path = File("2024-10-08-search-cache-stampede.md");
        var good = System.IO.File.ReadAllText(path);

        System.IO.File.WriteAllText(path, good.Replace("title: ", "title: [", StringComparison.Ordinal));
        var broken = _builder.Run(Options(_temp["served"]));
        Assert.False(broken.Written);
        Assert.Equal(before, FileTree.Hashes(_temp["served"]));

        System.IO.File.WriteAllText(path, good.Replace("title: Parcel search", "title: Parcel-search", StringComparison.Ordinal));
        AssertServedIsCleanBuild("fixed");
    }
}
