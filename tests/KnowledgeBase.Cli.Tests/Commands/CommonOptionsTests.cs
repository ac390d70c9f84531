using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>What every command that reads a knowledge base checks first: its clock and its paths.</summary>
public sealed class CommonOptionsTests
{
    [Theory]
    [InlineData("build", "abc")]
    [InlineData("build", "253402300800")]
    [InlineData("build", "99999999999999999999")]
    [InlineData("build", "-5")]
    [InlineData("build", "1.5")]
    [InlineData("check", "abc")]
    [InlineData("actions", "253402300800")]
    public void A_SOURCE_DATE_EPOCH_that_is_not_a_date_kb_can_use_is_a_clear_error(string command, string epoch)
    {
        var run = Kb.Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch }, command, Repo.Input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"kb {command}: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, from 0 to 253402300799, not '{epoch}'",
            run.Error.TrimEnd());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1795651200")]
    public void An_empty_or_valid_SOURCE_DATE_EPOCH_is_fine(string epoch)
    {
        var run = Kb.Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch }, "check", Repo.Input);

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Theory]
    [InlineData("build", "--output")]
    [InlineData("build", "--theme")]
    [InlineData("build", "--config")]
    [InlineData("check", "--theme")]
    [InlineData("check", "--config")]
    [InlineData("serve", "--theme")]
    [InlineData("actions", "--config")]
    public void An_empty_path_is_a_usage_error(string command, string option)
    {
        var run = Kb.Run(command, Repo.Input, option, "");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"kb {command}: '{option}' needs a path, not an empty value; see 'kb {command} --help'", run.Error.TrimEnd());
    }

    [Theory]
    [InlineData("similar", "draft.md", "--input")]
    [InlineData("new", "Title", "--input")]
    public void An_empty_input_option_is_a_usage_error(string command, string argument, string option)
    {
        var run = Kb.Run(command, argument, option, "");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"kb {command}: '{option}' needs a path, not an empty value; see 'kb {command} --help'", run.Error.TrimEnd());
    }
}
