using KnowledgeBase.Output;
using KnowledgeBase.Testing;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Output;

/// <summary>
/// A build with a cache keeps the site it replaced as a spare, and the next build writes into it instead of
/// creating every folder again. Whatever the spare holds, the site that comes out is exactly what the build
/// wrote, and the live site stays as it was until the swap.
/// </summary>
public sealed class SpareSiteTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private readonly TempDirectory _parent = new("spare");

    private string Output => _parent["site"];

    private string Spare => _parent[".kb-cache/site/spare-site"];

    public void Dispose() => _parent.Dispose();

    private string InOutput(string relativePath) => Path.Combine(Output, relativePath);

    private string InSpare(string relativePath) => Path.Combine(Spare, relativePath);

    private static IReadOnlyList<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private IReadOnlyList<string> ParentEntries() =>
        [.. Directory.EnumerateFileSystemEntries(_parent.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private void Build(params (string Path, string Text)[] files)
    {
        using var staging = StagingDirectory.Create(Output, Spare);
        foreach (var (path, text) in files)
        {
            staging.WriteText(path, text);
        }

        staging.Commit();
    }

    /// <summary>Two builds: the second keeps the first one's site as the spare.</summary>
    private void TwoBuilds()
    {
        Build(("index.html", "home"), ("incidents/gone/index.html", "an incident that no longer exists"));
        Build(("index.html", "home"), ("incidents/gone/index.html", "an incident that no longer exists"));
    }

    [Fact]
    public void The_replaced_site_becomes_the_spare_and_the_next_build_starts_from_it()
    {
        Build(("index.html", "first"));
        Assert.False(Directory.Exists(Spare), "a first build replaces nothing");

        Build(("index.html", "second"));
        Assert.Equal("first", File.ReadAllText(InSpare("index.html")));
        Assert.Equal("second", File.ReadAllText(InOutput("index.html")));

        using (var staging = StagingDirectory.Create(Output, Spare))
        {
            Assert.False(Directory.Exists(Spare));
            Assert.Equal("first", File.ReadAllText(Path.Combine(staging.Root, "index.html")));
            staging.WriteText("index.html", "third");
            staging.Commit();
        }

        Assert.Equal("second", File.ReadAllText(InSpare("index.html")));
        Assert.Equal("third", File.ReadAllText(InOutput("index.html")));
        Assert.Equal([".kb-cache", "site"], ParentEntries());
    }

    [Fact]
    public void What_the_build_did_not_write_is_gone_from_the_site_folders_and_all()
    {
        TwoBuilds();

        Build(("index.html", "home"), ("tags/new/index.html", "a new tag"));

        Assert.Equal([StagingDirectory.MarkerFile, "index.html", "tags/new/index.html"], Files(Output));
        Assert.False(Directory.Exists(InOutput("incidents")));
    }

    [Fact]
    public void A_file_of_the_spare_that_holds_the_right_bytes_is_kept_with_its_time()
    {
        TwoBuilds();
        File.SetLastWriteTimeUtc(InSpare("index.html"), LongAgo);

        Build(("index.html", "home"), ("incidents/gone/index.html", "rewritten"));

        Assert.Equal("home", File.ReadAllText(InOutput("index.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(InOutput("index.html")));
        Assert.Equal("rewritten", File.ReadAllText(InOutput("incidents/gone/index.html")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(InOutput("incidents/gone/index.html")));
    }

    [Fact]
    public void A_changed_file_leaves_the_live_site_as_it_was_until_the_swap()
    {
        // After two builds the spare and the live site share their unchanged files (hard links where the
        // system has them): writing into the spare's file in place would change the live page.
        TwoBuilds();

        using (var staging = StagingDirectory.Create(Output, Spare))
        {
            staging.WriteText("index.html", "new home");
            staging.WriteBytes("incidents/gone/index.html", [1, 2, 3]);
            staging.CopyFile("feed.xml", _parent.Write("feed.xml", "<feed/>"));

            Assert.Equal("home", File.ReadAllText(InOutput("index.html")));
            Assert.Equal("an incident that no longer exists", File.ReadAllText(InOutput("incidents/gone/index.html")));
            staging.Commit();
        }

        Assert.Equal("new home", File.ReadAllText(InOutput("index.html")));
        Assert.Equal("home", File.ReadAllText(InSpare("index.html")));
        Assert.Equal("an incident that no longer exists", File.ReadAllText(InSpare("incidents/gone/index.html")));
    }

    [Fact]
    public void A_spare_is_written_into_when_the_site_beside_it_was_deleted()
    {
        TwoBuilds();
        Directory.Delete(Output, recursive: true);

        Build(("index.html", "new home"), ("incidents/gone/index.html", "an incident that no longer exists"));

        Assert.Equal("new home", File.ReadAllText(InOutput("index.html")));
        Assert.Equal([StagingDirectory.MarkerFile, "incidents/gone/index.html", "index.html"], Files(Output));
    }

    [Fact]
    public void Links_and_misplaced_entries_in_the_spare_are_removed_never_followed()
    {
        TwoBuilds();
        var outsideFile = _parent.Write("outside/home.html", "home");
        var outsideFolder = _parent.Folder("outside/incidents");
        _parent.Write("outside/incidents/gone/index.html", "outside");
        File.Delete(InSpare("index.html"));
        File.CreateSymbolicLink(InSpare("index.html"), outsideFile);
        Directory.Delete(InSpare("incidents"), recursive: true);
        Directory.CreateSymbolicLink(InSpare("incidents"), outsideFolder);
        File.WriteAllText(InSpare("tags"), "a file where a folder belongs");
        File.CreateSymbolicLink(InSpare("stray.html"), outsideFile);

        Build(("index.html", "home"), ("incidents/gone/index.html", "an incident"), ("tags/a/index.html", "tag a"));

        Assert.Null(new FileInfo(InOutput("index.html")).LinkTarget);
        Assert.Null(new DirectoryInfo(InOutput("incidents")).LinkTarget);
        Assert.Equal("home", File.ReadAllText(InOutput("index.html")));
        Assert.Equal("an incident", File.ReadAllText(InOutput("incidents/gone/index.html")));
        Assert.Equal("tag a", File.ReadAllText(InOutput("tags/a/index.html")));
        Assert.False(Path.Exists(InOutput("stray.html")));
        Assert.Equal("home", File.ReadAllText(outsideFile));
        Assert.Equal("outside", File.ReadAllText(_parent["outside/incidents/gone/index.html"]));
        Assert.Equal(["gone/index.html"], Files(outsideFolder));
    }

    [Fact]
    public void A_build_that_fails_keeps_its_staging_folder_as_the_spare_and_the_site_as_it_was()
    {
        TwoBuilds();

        using (var staging = StagingDirectory.Create(Output, Spare))
        {
            staging.WriteText("index.html", "half of a build");
        }

        Assert.Equal("home", File.ReadAllText(InOutput("index.html")));
        Assert.Equal("half of a build", File.ReadAllText(InSpare("index.html")));
        Assert.Equal([".kb-cache", "site"], ParentEntries());

        // The next build sets right whatever the failed one left.
        Build(("index.html", "home"));
        Assert.Equal([StagingDirectory.MarkerFile, "index.html"], Files(Output));
        Assert.Equal("home", File.ReadAllText(InOutput("index.html")));
    }

    [Fact]
    public void A_folder_at_the_spares_place_that_kb_did_not_write_is_left_alone()
    {
        Build(("index.html", "first"));
        var mine = _parent.Write(".kb-cache/site/spare-site/notes.txt", "mine");

        Build(("index.html", "second"));

        Assert.Equal("second", File.ReadAllText(InOutput("index.html")));
        Assert.Equal("mine", File.ReadAllText(mine));
        Assert.Equal(["notes.txt"], Files(Spare));
        Assert.Equal([".kb-cache", "site"], ParentEntries());
    }

    [Fact]
    public void An_empty_output_folder_does_not_take_the_spares_place()
    {
        Directory.CreateDirectory(Output);
        Build(("index.html", "first"));
        Assert.False(Path.Exists(Spare), "an empty folder is not a site to write into");

        Build(("index.html", "second"));
        Assert.Equal("first", File.ReadAllText(InSpare("index.html")));
    }

    [Fact]
    public void An_empty_folder_or_a_file_at_the_spares_place_is_cleared_for_the_next_spare()
    {
        Build(("index.html", "first"));
        Directory.CreateDirectory(Spare);
        Build(("index.html", "second"));
        Assert.Equal("first", File.ReadAllText(InSpare("index.html")));

        Directory.Delete(Spare, recursive: true);
        File.WriteAllText(Spare, "");
        Build(("index.html", "third"));
        Assert.Equal("second", File.ReadAllText(InSpare("index.html")));
    }

    [Fact]
    public void A_spare_on_a_file_system_that_ignores_case_is_not_written_into()
    {
        // Where names ignore case the same folder answers to SPARE-SITE: a page renamed only in case would
        // land in the old entry and be removed at the end. Two folders stand in for that here.
        TwoBuilds();
        Directory.CreateDirectory(_parent[".kb-cache/site/SPARE-SITE"]);

        Build(("index.html", "home"));

        Assert.Equal("home", File.ReadAllText(InSpare("index.html")));
        Assert.Equal("an incident that no longer exists", File.ReadAllText(InSpare("incidents/gone/index.html")));
        Assert.Equal([StagingDirectory.MarkerFile, "index.html"], Files(Output));
    }

    [Fact]
    public void No_spare_is_kept_where_the_output_answers_to_another_case()
    {
        Build(("index.html", "first"));
        Directory.CreateDirectory(_parent["SITE"]);

        Build(("index.html", "second"));

        Assert.False(Path.Exists(Spare));
        Assert.Equal("second", File.ReadAllText(InOutput("index.html")));
    }

    [Fact]
    public void A_staging_folder_a_killed_build_left_becomes_the_spare()
    {
        Build(("index.html", "first"));
        _parent.Write($".site.staging-0123456789ab/{StagingDirectory.MarkerFile}", "marker");
        _parent.Write(".site.staging-0123456789ab/left.html", "left by a killed build");

        using (var staging = StagingDirectory.Create(Output, Spare))
        {
            Assert.Equal("left by a killed build", File.ReadAllText(Path.Combine(staging.Root, "left.html")));
            staging.WriteText("index.html", "second");
            staging.Commit();
        }

        Assert.Equal([StagingDirectory.MarkerFile, "index.html"], Files(Output));
        Assert.Equal([".kb-cache", "site"], ParentEntries());
    }

    [Fact]
    public void A_spare_that_cannot_be_written_into_is_deleted_not_kept_and_the_live_site_stays()
    {
        TwoBuilds();
        var before = FileTree.Hashes(Output);

        var staging = StagingDirectory.Create(Output, Spare);
        UnusableSpareException failure;
        using (new Unwritable(Path.Combine(staging.Root, "incidents")))
        {
            failure = Assert.Throws<UnusableSpareException>(() => staging.WriteText("incidents/new/index.html", "a new incident"));
        }

        staging.Dispose();

        Assert.StartsWith("cannot write 'incidents/new/index.html' into the site kept from the last build: ", failure.Message, StringComparison.Ordinal);
        Assert.Equal(staging.Root, failure.Folder);
        Assert.False(Path.Exists(failure.Folder));
        Assert.False(Path.Exists(Spare), "a spare that failed once would fail the next build the same way");
        Assert.Equal(before, FileTree.Hashes(Output));
    }

    [Fact]
    public void A_failed_spare_that_cannot_be_deleted_loses_its_marker_and_no_later_build_takes_or_deletes_it()
    {
        TwoBuilds();
        var staging = StagingDirectory.Create(Output, Spare);
        var locked = new Unwritable(Path.Combine(staging.Root, "incidents"));
        try
        {
            Assert.Throws<UnusableSpareException>(() => staging.WriteText("incidents/new/index.html", "a new incident"));
            staging.Dispose();

            Assert.False(File.Exists(Path.Combine(staging.Root, StagingDirectory.MarkerFile)));
            Build(("index.html", "next"));
            Build(("index.html", "after"));
            Assert.True(Directory.Exists(Path.Combine(staging.Root, "incidents/gone")), "not kb's to delete once unmarked");
            Assert.Equal("next", File.ReadAllText(InSpare("index.html")));
            Assert.Equal("after", File.ReadAllText(InOutput("index.html")));
        }
        finally
        {
            locked.Dispose();
        }
    }

    [Fact]
    public void A_spare_whose_old_files_cannot_be_removed_fails_the_commit_as_unusable_and_the_live_site_stays()
    {
        TwoBuilds();
        var before = FileTree.Hashes(Output);

        var staging = StagingDirectory.Create(Output, Spare);
        staging.WriteText("index.html", "home without the gone incident");
        using (new Unwritable(Path.Combine(staging.Root, "incidents/gone")))
        {
            var failure = Assert.Throws<UnusableSpareException>(staging.Commit);
            Assert.StartsWith("cannot remove an old file from the site kept from the last build: ", failure.Message, StringComparison.Ordinal);
        }

        staging.Dispose();
        Assert.Equal(before, FileTree.Hashes(Output));
        Assert.False(Path.Exists(staging.Root));
        Assert.False(Path.Exists(Spare));
    }

    [Fact]
    public void A_file_the_spare_holds_is_not_one_this_build_wrote()
    {
        Build(("index.html", "home"), ("CNAME", "kb.example.org"));
        Build(("index.html", "home"), ("CNAME", "kb.example.org"));

        using var staging = StagingDirectory.Create(Output, Spare);
        Assert.False(staging.Contains("CNAME"));
        staging.WriteText("CNAME", "kb.example.org");
        Assert.True(staging.Contains("CNAME"));
    }
}
