using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests;

public sealed class KbCommandTests
{
    [Fact]
    public void Help_lists_every_command_with_what_it_does()
    {
        var run = Kb.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("build", run.Output, StringComparison.Ordinal);
        Assert.Contains("Build the site", run.Output, StringComparison.Ordinal);
        Assert.Contains("check", run.Output, StringComparison.Ordinal);
        Assert.Contains("Validate the postmortems", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", new[] { "--output", "--base-url", "--drafts", "--strict", "--theme", "INPUT" })]
    [InlineData("check", new[] { "--strict", "--theme", "INPUT" })]
    [InlineData("similar", new[] { "--input", "--top", "--json", "DRAFT" })]
    [InlineData("new", new[] { "--input", "--tags", "--services", "--theme", "TITLE" })]
    [InlineData("actions", new[] { "--status", "--owner", "--format", "INPUT" })]
    public void Help_of_a_command_explains_each_of_its_options(string command, string[] options)
    {
        var run = Kb.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in options)
        {
            var line = run.Output.Split('\n').FirstOrDefault(l => l.Contains(option, StringComparison.Ordinal));
            Assert.NotNull(line);
            Assert.True(line.Trim().Length > option.Length + 10, $"'{option}' has no description: {line}");
        }
    }

    [Theory]
    [InlineData("build", "INPUT")]
    [InlineData("check", "INPUT")]
    [InlineData("actions", "INPUT")]
    [InlineData("similar", "DRAFT")]
    public void Help_names_each_argument_rather_than_listing_the_paths_it_would_complete(string command, string argument)
    {
        var run = Kb.Run(command, "--help");

        // The arguments complete to folders and files (the tests run in a folder that has some); help must
        // not depend on what the current folder holds.
        Assert.Contains(run.Output.Split('\n'), l => l.TrimStart().StartsWith($"<{argument}>  ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var run = Kb.Run("publish");

        Assert.NotEqual(0, run.ExitCode);
    }
}
