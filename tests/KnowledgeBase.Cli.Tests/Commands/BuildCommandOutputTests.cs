using KnowledgeBase.Cli.Tests.Support;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>
/// Where <c>kb build</c> may write: never over the postmortems, whatever names lead there, and nothing at all
/// until the output folder is accepted.
/// </summary>
public sealed class BuildCommandOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The files directly in a folder (never through links, which may loop), with their contents.</summary>
    private static SortedDictionary<string, string> TopFiles(string folder) =>
        new(Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText), StringComparer.Ordinal);

    [Theory]
    [InlineData("here", ".", "here")]
    [InlineData("up", "..", "up/kb")]
    [InlineData("up", "..", "up")]
    public void An_output_that_is_or_holds_the_input_through_a_link_is_refused_and_nothing_is_touched(string link, string target, string output)
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        // A site's marker in the input, as a pull request could add: the folder then reads as a site kb may replace.
        File.WriteAllText(Path.Combine(input, ".kb-site"), "");
        Directory.CreateSymbolicLink(Path.Combine(input, link), target);
        var before = TopFiles(input);
        var parentBefore = Directory.GetFileSystemEntries(_temp.Path).Order(StringComparer.Ordinal).ToList();

        var run = Kb.Run("build", input, "--output", Path.Combine(input, output));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is or contains the input folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, TopFiles(input));
        Assert.NotNull(new FileInfo(Path.Combine(input, link)).LinkTarget);
        Assert.Equal(parentBefore, Directory.GetFileSystemEntries(_temp.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_output_beside_the_input_through_a_link_is_still_fine()
    {
        Directory.CreateDirectory(_temp.Combine("sites"));
        Directory.CreateSymbolicLink(_temp.Combine("published"), _temp.Combine("sites"));

        var run = Kb.Run("build", Repo.Input, "--output", _temp.Combine("published", "kb"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(_temp.Combine("sites", "kb", "index.html")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_refused_output_gets_nothing_written_beside_it(bool folder)
    {
        var output = _temp.Combine("documents");
        if (folder)
        {
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        }
        else
        {
            File.WriteAllText(output, "mine");
        }

        var run = Kb.Run("build", Repo.Input, "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(folder ? "is not empty and was not written by kb build" : "is a file, not a folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(["documents"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_another_build_is_writing_is_refused_with_a_clear_message()
    {
        var output = _temp.Combine("site");
        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", output).ExitCode);
        var before = Hashes.Of(output);
        // What a build holds while it writes: the lock file beside the output, open for it alone.
        using (new FileStream(_temp.Combine(".site.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var run = Kb.Run("build", Repo.Input, "--output", output);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"kb build: another kb build is writing '{output}'", run.Error, StringComparison.Ordinal);
            Assert.Equal(before, Hashes.Of(output));
            Assert.Empty(Directory.EnumerateDirectories(_temp.Path, ".site.*"));
        }

        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", output).ExitCode);
        Assert.Equal(["", ".kb-cache", "site"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Append("").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_output_whose_parent_cannot_be_written_is_a_clear_error()
    {
        var parent = _temp.Combine("locked");
        Directory.CreateDirectory(parent);
        var output = Path.Combine(parent, "site");

        KbRun run;
        using (new Unwritable(parent))
        {
            run = Kb.Run("build", Repo.Input, "--output", output);
        }

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"kb build: cannot write beside '{output}'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(parent));
    }

    [Fact]
    public void A_previous_site_that_cannot_be_deleted_is_a_clear_error_on_this_build_and_the_next()
    {
        // Without the cache the replaced site is deleted (with it, it is kept as the next build's spare).
        var output = _temp.Combine("site");
        Assert.Equal(0, Kb.Run("build", Repo.Input, "--output", output, "--no-cache").ExitCode);

        KbRun first, next;
        var locked = new Unwritable(Path.Combine(output, "incidents"));
        try
        {
            first = Kb.Run("build", Repo.Input, "--output", output, "--no-cache");
            next = Kb.Run("build", Repo.Input, "--output", output, "--no-cache");
        }
        finally
        {
            // The locked folder moved with the previous site.
            foreach (var old in Directory.EnumerateDirectories(_temp.Path, ".site.old-*"))
            {
                Unwritable.Release(Path.Combine(old, "incidents"));
            }

            locked.Dispose();
        }

        Assert.Equal(2, first.ExitCode);
        Assert.Matches($@"kb build: wrote the site to '{System.Text.RegularExpressions.Regex.Escape(output)}', but cannot delete the previous one, moved to '.*\.site\.old-\w+'", first.Error);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Equal(2, next.ExitCode);
        Assert.Matches(@"kb build: cannot delete '.*\.site\.old-\w+', left beside the output by an earlier build", next.Error);
        Assert.DoesNotContain("internal error", first.Error + next.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_site_that_cannot_be_written_into_is_set_aside_and_the_build_writes_a_new_folder()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        var output = _temp.Combine("site");
        Assert.Equal(0, Kb.Run("build", input, "--output", output).ExitCode);
        Assert.Equal(0, Kb.Run("build", input, "--output", output).ExitCode);
        // A new incident changes incidents/ (its list, a folder of its own), which something other than kb made unwritable in the spare.
        var source = File.ReadAllText(Path.Combine(input, "2024-01-17-routing-engine-capacity.md"));
        File.WriteAllText(Path.Combine(input, "2026-11-30-routing-engine-capacity-again.md"), source.Replace("title: ", "title: Again, ", StringComparison.Ordinal));

        KbRun run, next;
        var spare = _temp.Combine(".kb-cache", "site", "spare-site");
        _ = new Unwritable(Path.Combine(spare, "incidents"));
        try
        {
            run = Kb.Run("build", input, "--output", output);
        }
        finally
        {
            // The spare became the staging folder, which could not be deleted with the locked folder in it.
            foreach (var folder in Directory.EnumerateDirectories(_temp.Path, ".site.staging-*").Append(spare).Where(Directory.Exists))
            {
                Unwritable.Release(Path.Combine(folder, "incidents"));
            }
        }

        next = Kb.Run("build", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"kb build: the site kept from the last build could not be reused \(cannot write 'incidents/[^']*' into the site kept from the last build: .*\); wrote a new folder instead; '.*\.site\.staging-\w+' could not be deleted: delete it by hand", run.Error);
        Assert.True(File.Exists(Path.Combine(output, "incidents", "2026-11-30-routing-engine-capacity-again", "index.html")));
        Assert.Equal(0, next.ExitCode);
        Assert.DoesNotContain("could not be reused", next.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error + next.Error, StringComparison.Ordinal);
    }
}
