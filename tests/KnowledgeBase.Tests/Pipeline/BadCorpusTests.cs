using KnowledgeBase.Pipeline;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>The deliberately broken files of ../shared/corpus/bad (EXPECTED.txt says how each is broken).</summary>
public class BadCorpusTests
{
    private static readonly Lazy<BuildResult> Check = new(() => Builds.Run(RepoPaths.BadCorpus, output: null));

    [CorpusFact("bad")]
    public void Checking_the_bad_corpus_reports_errors_and_writes_nothing()
    {
        Assert.False(Check.Value.Succeeded);
        Assert.False(Check.Value.Written);
        Assert.Equal(0, Check.Value.PagesWritten);
    }

    [CorpusFact("bad")]
    public void Every_markdown_file_found_is_counted_even_when_it_cannot_be_read()
    {
        Assert.Equal(5, Check.Value.Files);
    }

    [CorpusTheory("bad")]
    [InlineData("invalid-utf8.md")]
    [InlineData("malformed-yaml.md")]
    [InlineData("missing-front-matter.md")]
    [InlineData("wrong-types.md")]
    public void Each_broken_file_gets_an_error_with_a_line_and_column(string file)
    {
        var errors = Check.Value.Diagnostics.Where(d => d.Path == file && d.IsError).ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.Position.Line >= 1 && e.Position.Column >= 1));
    }

    [CorpusFact("bad")]
    public void Broken_files_are_reported_at_the_exact_place_of_the_problem()
    {
        var errors = Check.Value.Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Code, d.Position.Line, d.Position.Column)).ToList();

        Assert.Equal(
        [
            ("invalid-utf8.md", "KB1008", 8, 42),
            ("malformed-yaml.md", "KB1003", 2, 8),
            ("missing-front-matter.md", "KB1001", 1, 1),
            ("wrong-types.md", "KB2002", 3, 7),
            ("wrong-types.md", "KB2002", 4, 7),
        ], errors);
    }

    [CorpusFact("bad")]
    public void Hostile_file_gets_KB4002_for_its_javascript_link()
    {
        var unsafeLinks = Check.Value.Diagnostics.Where(d => d.Path == "azure-certificates-that-were-valid-for-one.md" && d.Code == "KB4002").ToList();

        var warning = Assert.Single(unsafeLinks);
        Assert.Equal((13, 36), (warning.Position.Line, warning.Position.Column));
        Assert.Contains("javascript:", warning.Message, StringComparison.Ordinal);
    }

    [CorpusFact("bad")]
    public void Hostile_file_on_its_own_builds_a_page_without_script_or_handlers()
    {
        using var site = new SmallSite().File("azure.md", File.ReadAllText(Path.Combine(RepoPaths.BadCorpus, "azure-certificates-that-were-valid-for-one.md")));

        site.BuildClean();

        var page = site.Page("incidents/azure-certificates-that-were-valid-for-one/index.html");
        Assert.Empty(page.ForeignActiveElements("script"));
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.True(page.QuerySelector("div.body")!.TextContent.Length > 300_000);
    }

    [CorpusFact("bad", "public-postmortems")]
    public void Loading_both_corpus_folders_together_reports_the_duplicate_id()
    {
        using var both = new TempDirectory("both");
        FileTree.Copy(RepoPaths.PublicPostmortems, both["public-postmortems"]);
        FileTree.Copy(RepoPaths.BadCorpus, both["bad"]);

        var result = Builds.Run(both.Path, output: null);

        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == "KB3001");
        Assert.Equal("public-postmortems/azure-certificates-that-were-valid-for-one.md", duplicate.Path);
        Assert.Equal((1, 1), (duplicate.Position.Line, duplicate.Position.Column));
        Assert.Contains("bad/azure-certificates-that-were-valid-for-one.md", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(214, result.Files);
    }
}
