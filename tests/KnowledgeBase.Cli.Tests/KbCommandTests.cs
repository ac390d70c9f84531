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

    public static TheoryData<string[], string> UsageErrors() => new()
    {
        { ["bogus"], "kb: unknown command 'bogus'; the commands are init, build, serve, check, similar, new, actions; see 'kb --help'" },
        { [], "kb: no command given; the commands are init, build, serve, check, similar, new, actions; see 'kb --help'" },
        { ["--bogus"], "kb: unknown option '--bogus'; see 'kb --help'" },
        { ["similar"], "kb similar: missing the DRAFT argument; see 'kb similar --help'" },
        { ["new", "--tags", "db"], "kb new: missing the TITLE argument; see 'kb new --help'" },
        { ["actions", "--format", "xml"], "kb actions: '--format' must be one of table, csv, json, not 'xml'; see 'kb actions --help'" },
        { ["actions", "--status", "open", "--status", "late"], "kb actions: '--status' must be one of open, in-progress, overdue, done, wont-do, not 'late'; see 'kb actions --help'" },
        { ["actions", "--format"], "kb actions: '--format' needs a value; see 'kb actions --help'" },
        { ["build", "--bogus"], "kb build: unknown option '--bogus'; see 'kb build --help'" },
        { ["check", "input", "-x"], "kb check: unknown option '-x'; see 'kb check --help'" },
        { ["build", "input", "other"], "kb build: unexpected argument 'other'; see 'kb build --help'" },
        { ["similar", "draft.md", "--top", "x"], "kb similar: '--top' must be a whole number, not 'x'; see 'kb similar --help'" },
        { ["serve", "--port", "abc"], "kb serve: '--port' must be a whole number, not 'abc'; see 'kb serve --help'" },
        { ["serve", "-p", "70000"], "kb serve: '-p' must be between 0 and 65535, not '70000'; see 'kb serve --help'" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void A_usage_error_exits_2_with_one_line_that_says_what_is_wrong_and_which_help_to_read(string[] args, string message)
    {
        var run = Kb.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message + "\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void An_unknown_option_is_not_taken_for_the_folder_kb_init_would_create()
    {
        using var temp = new TempFolder();

        var run = Kb.Run("init", "--force", "--", temp.Combine("kb"));
        var inside = Kb.Run("init", temp.Combine("kb"), "--force");

        Assert.Equal(["kb init: unknown option '--force'; see 'kb init --help'"], run.ErrorLines);
        Assert.Equal(["kb init: unknown option '--force'; see 'kb init --help'"], inside.ErrorLines);
        Assert.False(Directory.Exists(temp.Combine("kb")));
    }

    [Fact]
    public void After_a_double_dash_a_word_that_starts_with_a_dash_is_an_argument()
    {
        var run = Kb.Run("check", "--", "-x");

        // The folder's name reached the command: it was not taken for an option.
        Assert.Equal(["kb check: input folder '-x' does not exist"], run.ErrorLines);
        Assert.Equal(2, run.ExitCode);
    }

    public static TheoryData<string[]> LinesWithHelp() =>
    [
        ["similar", "--help"],
        ["actions", "--format", "xml", "--help"],
        ["build", "--bogus", "--help"],
    ];

    [Theory]
    [MemberData(nameof(LinesWithHelp))]
    public void Help_is_still_help_on_a_line_that_would_be_a_usage_error(string[] args)
    {
        var run = Kb.Run(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }
}
