using KnowledgeBase.Output;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

public sealed class FailedBuildTests : IDisposable
{
    private readonly TempDirectory _root = new("failed");

    public FailedBuildTests() => FileTree.Copy(RepoPaths.Input, Input);

    public void Dispose() => _root.Dispose();

    private string Input => _root["input"];

    private string Output => _root["site"];

    private SortedDictionary<string, string> BuildPrevious()
    {
        var result = Builds.Run(Input, Output);
        Assert.True(result.Succeeded && result.Written, result.Diagnostics.Dump());
        return FileTree.Hashes(Output);
    }

    [Fact]
    public void Broken_yaml_fails_the_build_and_leaves_the_previous_site_byte_identical()
    {
        var before = BuildPrevious();
        _root.Write("input/2027-01-01-broken.md", "---\ntitle: \"Unclosed quote\ndate: 2027-01-01\n---\nBody\n");

        var result = Builds.Run(Input, Output);

        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        Assert.Equal(0, result.PagesWritten);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("2027-01-01-broken.md", "KB1003", 2, 8), (error.Path, error.Code, error.Position.Line, error.Position.Column));
        Assert.Equal(before, FileTree.Hashes(Output));
        Assert.Empty(FileTree.StagingLeftovers(Output));
    }

    [Fact]
    public void Failed_first_build_creates_no_output_folder()
    {
        _root.Write("input/broken.md", "no front-matter\n");

        var result = Builds.Run(Input, Output);

        Assert.Equal(["KB1001"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code));
        Assert.False(Directory.Exists(Output));
        Assert.Empty(FileTree.StagingLeftovers(Output));
    }

    [Fact]
    public void Warnings_fail_a_strict_build_and_nothing_is_written()
    {
        var before = BuildPrevious();
        _root.Write("input/undated.md", "---\ntitle: Undated\nseverity: sev4\n---\nBody\n");

        var relaxed = Builds.Run(Builds.Options(Input, null));
        var strict = Builds.Run(Builds.Options(Input, Output) with { Strict = true });

        Assert.True(relaxed.Succeeded);
        Assert.Equal([("KB2004", true)], strict.Diagnostics.Select(d => (d.Code, d.IsError)));
        Assert.False(strict.Written);
        Assert.Equal(before, FileTree.Hashes(Output));
    }

    [Fact]
    public void Output_folder_of_someone_elses_files_is_refused_and_left_untouched()
    {
        _root.Write("site/thesis.docx", "years of work");
        var before = FileTree.Hashes(Output);

        var error = Assert.Throws<OutputException>(() => Builds.Run(Input, Output));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, FileTree.Hashes(Output));
        Assert.Empty(FileTree.StagingLeftovers(Output));
    }

    [Fact]
    public void Output_path_through_a_file_is_reported_as_a_folder_that_cannot_be_written()
    {
        var file = _root.Write("notes.txt", "not a folder");

        var error = Assert.Throws<OutputException>(() => Builds.Run(Input, Path.Combine(file, "site")));

        Assert.Contains("cannot write a site to", error.Message, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void Successful_rebuild_replaces_pages_of_removed_postmortems()
    {
        BuildPrevious();
        File.Delete(Path.Combine(Input, "2024-10-08-search-cache-stampede.md"));

        var result = Builds.Run(Input, Output);

        Assert.True(result.Written);
        Assert.False(Directory.Exists(Path.Combine(Output, "incidents", "2024-10-08-search-cache-stampede")));
        Assert.Empty(FileTree.StagingLeftovers(Output));
    }

    [Fact]
    public void Theme_with_a_broken_template_fails_the_build_before_writing()
    {
        using var theme = new TempDirectory("theme");
        FileTree.Copy(RepoPaths.Theme, theme.Path);
        theme.Write("templates/incident.liquid", "{% if %}");

        var result = Builds.Run(Input, Output, theme.Path);

        Assert.Equal(["KB5002"], result.Diagnostics.Select(d => d.Code));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Theme_with_a_broken_partial_fails_with_KB5002_not_an_exception()
    {
        using var theme = new TempDirectory("theme");
        FileTree.Copy(RepoPaths.Theme, theme.Path);
        theme.Write("templates/partials/terms.liquid", "x\n{% for a in b %}\n  {{ a \n");

        var result = Builds.Run(Input, Output, theme.Path);

        Assert.Contains("KB5002", result.Diagnostics.Select(d => d.Code));
        Assert.False(Directory.Exists(Output));
        Assert.Empty(FileTree.StagingLeftovers(Output));
    }

    [Fact]
    public void Unterminated_flow_sequence_fails_the_build_with_KB1003_not_an_exception()
    {
        _root.Write("input/flow.md", "---\ntitle: A\ntags: [dns, bgp\ncompany: Example\n---\nBody\n");

        var result = Builds.Run(Input, Output);

        Assert.Contains(result.Diagnostics, d => d.Code == "KB1003" && d.Path == "flow.md");
        Assert.False(result.Written);
    }
}
