using KnowledgeBase.Cli.Tests.Support;

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
}
