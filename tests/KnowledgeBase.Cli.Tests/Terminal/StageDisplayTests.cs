using Spectre.Console.Testing;

namespace KnowledgeBase.Cli.Tests.Terminal;

/// <summary>The stage of a long command: live at a terminal, a plain line each in CI when the command asks, else nothing.</summary>
public sealed class StageDisplayTests
{
    private static int ThreeStages(IProgress<string>? progress)
    {
        progress?.Report("reading postmortems");
        progress?.Report("rendering 3 pages");
        progress?.Report("replacing the previous site");
        return 42;
    }

    [Fact]
    public void At_a_terminal_each_stage_is_drawn_as_it_starts_and_the_work_returns_its_result()
    {
        using var display = new TestConsole().Interactive().EmitAnsiSequences();

        var result = StageDisplay.Live(display, "kb build", ThreeStages);

        Assert.Equal(42, result);
        Assert.Contains("reading postmortems", display.Output, StringComparison.Ordinal);
        Assert.Contains("rendering 3 pages", display.Output, StringComparison.Ordinal);
        Assert.Contains("replacing the previous site", display.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_nobody_watches_each_stage_is_one_plain_line_when_asked_for()
    {
        var error = new StringWriter();
        var console = new ConsoleContext(new StringWriter(), error, _ => null);

        StageDisplay.Run(console, "build", plainLines: true, ThreeStages);

        Assert.Equal("kb build: reading postmortems\nkb build: rendering 3 pages\nkb build: replacing the previous site\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Where_nobody_watches_and_no_lines_are_asked_for_nothing_is_printed()
    {
        var error = new StringWriter();
        var console = new ConsoleContext(new StringWriter(), error, _ => null);

        var result = StageDisplay.Run(console, "check", plainLines: false, ThreeStages);

        Assert.Equal(42, result);
        Assert.Equal("", error.ToString());
    }
}
