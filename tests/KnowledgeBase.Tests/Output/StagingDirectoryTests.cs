using KnowledgeBase.Output;
using KnowledgeBase.Testing;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Output;

public sealed class StagingDirectoryTests : IDisposable
{
    private readonly TempDirectory _parent = new("staging");

    private string Output => _parent["site"];

    public void Dispose() => _parent.Dispose();

    private IReadOnlyList<string> ParentEntries() =>
        [.. Directory.EnumerateFileSystemEntries(_parent.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private void PreviousSite()
    {
        using var staging = StagingDirectory.Create(Output);
        staging.WriteText("index.html", "old home");
        staging.WriteText("incidents/gone/index.html", "an incident that no longer exists");
        staging.Commit();
    }

    [Fact]
    public void Staging_folder_is_a_hidden_sibling_of_the_output_with_the_marker()
    {
        using var staging = StagingDirectory.Create(Output);

        Assert.Equal(_parent.Path, Path.GetDirectoryName(staging.Root));
        Assert.StartsWith(".site.staging-", Path.GetFileName(staging.Root), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(staging.Root, StagingDirectory.MarkerFile)));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Commit_moves_the_staged_site_into_place()
    {
        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("index.html", "home");
            staging.WriteBytes("assets/logo.png", [1, 2, 3]);
            staging.Commit();
        }

        Assert.Equal("home", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(Output, "assets", "logo.png")));
        Assert.True(File.Exists(Path.Combine(Output, StagingDirectory.MarkerFile)));
        Assert.Equal(["site"], ParentEntries());
    }

    [Fact]
    public void Text_is_written_as_UTF8_without_a_byte_order_mark()
    {
        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("a.txt", "é");
            staging.Commit();
        }

        Assert.Equal([0xC3, 0xA9], File.ReadAllBytes(Path.Combine(Output, "a.txt")));
    }

    [Fact]
    public void Commit_replaces_the_previous_site_whole()
    {
        PreviousSite();

        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("index.html", "new home");
            staging.Commit();
        }

        Assert.Equal("new home", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "incidents")));
        Assert.Equal(["site"], ParentEntries());
    }

    [Fact]
    public void Commit_may_replace_an_empty_folder()
    {
        Directory.CreateDirectory(Output);

        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("index.html", "home");
            staging.Commit();
        }

        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Dispose_without_commit_deletes_the_staging_folder_and_leaves_the_previous_site_byte_identical()
    {
        PreviousSite();
        var before = FileTree.Hashes(Output);

        string root;
        using (var staging = StagingDirectory.Create(Output))
        {
            root = staging.Root;
            staging.WriteText("index.html", "half-written");
        }

        Assert.False(Directory.Exists(root));
        Assert.Equal(before, FileTree.Hashes(Output));
        Assert.Equal(["site"], ParentEntries());
    }

    [Fact]
    public void A_write_that_fails_is_an_output_error_naming_the_page_and_the_previous_site_stays()
    {
        PreviousSite();
        var before = FileTree.Hashes(Output);

        OutputException failure;
        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("incidents/a/index.html", "a");
            using (new Unwritable(Path.Combine(staging.Root, "incidents")))
            {
                failure = Assert.Throws<OutputException>(() => staging.WriteText("incidents/b/index.html", "b"));
            }
        }

        Assert.IsNotType<UnusableSpareException>(failure);
        Assert.StartsWith("cannot write 'incidents/b/index.html' into ", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, FileTree.Hashes(Output));
        Assert.Equal(["site"], ParentEntries());
    }

    [Fact]
    public void Folder_that_holds_other_files_is_never_replaced()
    {
        _parent.Write("site/thesis.docx", "years of work");
        _parent.Write("site/notes/todo.txt", "more");
        var before = FileTree.Hashes(Output);

        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("index.html", "home");
            var error = Assert.Throws<OutputException>(staging.Commit);
            Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, FileTree.Hashes(Output));
        Assert.Equal(["site"], ParentEntries());
    }

    [Fact]
    public void Output_path_that_is_a_file_is_refused()
    {
        _parent.Write("site", "a file");

        using (var staging = StagingDirectory.Create(Output))
        {
            Assert.Throws<OutputException>(staging.Commit);
        }

        Assert.Equal("a file", File.ReadAllText(Output));
        Assert.Equal(["site"], ParentEntries());
    }

    [Theory]
    [InlineData("../evil.html")]
    [InlineData("incidents/../../evil.html")]
    [InlineData("../site/evil.html")]
    [InlineData("..")]
    public void Path_leading_out_of_the_staging_folder_throws_and_writes_nothing(string path)
    {
        var before = FileTree.Hashes(_parent.Path);

        using (var staging = StagingDirectory.Create(Output))
        {
            Assert.Throws<OutputException>(() => staging.WriteText(path, "<script>evil()</script>"));
            Assert.Throws<OutputException>(() => staging.WriteBytes(path, [1]));
        }

        Assert.Equal(before, FileTree.Hashes(_parent.Path));
        Assert.Empty(ParentEntries());
    }

    [Fact]
    public void Absolute_path_throws_and_writes_nothing()
    {
        var target = _parent["elsewhere.html"];

        using (var staging = StagingDirectory.Create(Output))
        {
            Assert.Throws<OutputException>(() => staging.WriteText(target, "x"));
        }

        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Path_to_a_sibling_whose_name_extends_the_staging_folder_is_refused()
    {
        using var staging = StagingDirectory.Create(Output);
        var sibling = "../" + Path.GetFileName(staging.Root) + "-x/evil.html";

        Assert.Throws<OutputException>(() => staging.WriteText(sibling, "x"));
        Assert.False(Directory.Exists(staging.Root + "-x"));
    }

    [Fact]
    public void Copying_a_file_out_of_the_staging_folder_is_refused()
    {
        var source = _parent.Write("source.txt", "content");

        using var staging = StagingDirectory.Create(Output);

        Assert.Throws<OutputException>(() => staging.CopyFile("../copied.txt", source));
        Assert.False(File.Exists(_parent["copied.txt"]));
    }

    [Fact]
    public void Paths_that_stay_inside_are_allowed()
    {
        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("incidents/x/../y/index.html", "y");
            staging.Commit();
        }

        Assert.True(File.Exists(Path.Combine(Output, "incidents", "y", "index.html")));
    }

    private static readonly DateTime LongAgo = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private string InOutput(string relativePath) => Path.Combine(Output, relativePath);

    [Fact]
    public void A_file_that_did_not_change_keeps_the_previous_sites_copy_and_its_time_and_a_changed_one_is_written_anew()
    {
        PreviousSite();
        File.SetLastWriteTimeUtc(InOutput("index.html"), LongAgo);
        File.SetLastWriteTimeUtc(InOutput("incidents/gone/index.html"), LongAgo);

        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("index.html", "old home");
            staging.WriteText("incidents/gone/index.html", "now rewritten");
            staging.Commit();
        }

        Assert.Equal("old home", File.ReadAllText(InOutput("index.html")));
        if (!OperatingSystem.IsWindows())
        {
            // Windows has no hard links to offer (HardLink): there every file is written.
            Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(InOutput("index.html")));
        }

        Assert.Equal("now rewritten", File.ReadAllText(InOutput("incidents/gone/index.html")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(InOutput("incidents/gone/index.html")));
        Assert.Equal(["site"], ParentEntries());
    }

    [Fact]
    public void A_file_edited_by_hand_in_the_output_is_written_again()
    {
        PreviousSite();
        File.WriteAllText(InOutput("index.html"), "old homE");

        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("index.html", "old home");
            staging.Commit();
        }

        Assert.Equal("old home", File.ReadAllText(InOutput("index.html")));
    }

    [Fact]
    public void A_symbolic_link_in_the_previous_site_is_never_reused()
    {
        PreviousSite();
        var outside = _parent.Write("outside.html", "old home");
        File.Delete(InOutput("index.html"));
        File.CreateSymbolicLink(InOutput("index.html"), outside);
        Directory.Move(InOutput("incidents"), _parent["elsewhere"]);
        Directory.CreateSymbolicLink(InOutput("incidents"), _parent["elsewhere"]);

        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("index.html", "old home");
            staging.WriteText("incidents/gone/index.html", "an incident that no longer exists");
            staging.Commit();
        }

        Assert.Null(new FileInfo(InOutput("index.html")).LinkTarget);
        Assert.Null(new DirectoryInfo(InOutput("incidents")).LinkTarget);
        Assert.Equal("old home", File.ReadAllText(InOutput("index.html")));

        // The new site's files are its own: no name in it reaches a file outside the output.
        File.WriteAllText(InOutput("index.html"), "changed");
        File.WriteAllText(InOutput("incidents/gone/index.html"), "changed");
        Assert.Equal("old home", File.ReadAllText(outside));
        Assert.Equal("an incident that no longer exists", File.ReadAllText(_parent["elsewhere/gone/index.html"]));
    }

    [Fact]
    public void Writing_a_reused_file_again_leaves_the_previous_site_as_it_was()
    {
        PreviousSite();

        using (var staging = StagingDirectory.Create(Output))
        {
            staging.WriteText("index.html", "old home");
            staging.WriteText("index.html", "new home");
            staging.WriteText("incidents/gone/index.html", "an incident that no longer exists");
            staging.CopyFile("incidents/gone/index.html", _parent.Write("copied.html", "copied"));
            Assert.Equal("new home", File.ReadAllText(Path.Combine(staging.Root, "index.html")));
        }

        Assert.Equal("old home", File.ReadAllText(InOutput("index.html")));
        Assert.Equal("an incident that no longer exists", File.ReadAllText(InOutput("incidents/gone/index.html")));
    }
}
