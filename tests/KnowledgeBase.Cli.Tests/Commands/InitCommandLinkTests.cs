using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>
/// <c>kb init</c> writes only inside the folder it sets up: a folder on its way that is a link to elsewhere
/// (a cloned repository can hold <c>.kb -> /home/you/.ssh</c>) makes it refuse, and write nothing at all.
/// </summary>
public sealed class InitCommandLinkTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Elsewhere()
    {
        var elsewhere = _temp.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "mine");
        return elsewhere;
    }

    [Theory]
    [InlineData(".kb")]
    [InlineData(".github")]
    [InlineData(".github/workflows")]
    public void A_folder_that_is_a_link_to_outside_is_refused_and_nothing_is_written(string linked)
    {
        var dir = _temp.Combine("kb");
        var elsewhere = Elsewhere();
        var link = Path.Combine(dir, linked);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        Directory.CreateSymbolicLink(link, elsewhere);
        var before = Hashes.Of(dir);

        var run = Kb.Run("init", dir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{linked}' is a link to '{elsewhere}', outside '{dir}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(elsewhere).Select(Path.GetFileName));
        Assert.Equal(before, Hashes.Of(dir));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_link_to_a_folder_that_does_not_exist_yet_is_refused_too()
    {
        var dir = _temp.Combine("kb");
        Directory.CreateDirectory(dir);
        var missing = _temp.Combine("elsewhere", "not-yet");
        Directory.CreateSymbolicLink(Path.Combine(dir, ".kb"), missing);

        var run = Kb.Run("init", dir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'.kb' is a link to", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("elsewhere")));
    }

    [Fact]
    public void A_link_that_stays_inside_the_folder_is_followed()
    {
        var dir = _temp.Combine("kb");
        Directory.CreateDirectory(Path.Combine(dir, "ci"));
        Directory.CreateSymbolicLink(Path.Combine(dir, ".github"), "ci");

        var run = Kb.Run("init", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(dir, "ci", "workflows", "kb-check.yml")));
    }

    [Fact]
    public void The_folder_itself_may_be_a_link()
    {
        var elsewhere = Elsewhere();
        var dir = _temp.Combine("kb");
        Directory.CreateSymbolicLink(dir, elsewhere);

        var run = Kb.Run("init", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(elsewhere, "kb.yml")));
    }
}
