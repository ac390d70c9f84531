using KnowledgeBase.Cli.Tests.Support;
using Spectre.Console;

namespace KnowledgeBase.Cli.Tests.Terminal;

/// <summary>
/// Output that goes to a file, a pipe or a test's writer is plain text: no escape sequence, whatever the
/// environment says about terminals and CI, so logs stay readable and lines stay parseable.
/// </summary>
public sealed class PlainOutputTests
{
    /// <summary>Everything that makes a terminal library reach for colors.</summary>
    private static readonly Dictionary<string, string> Colorful = new()
    {
        ["TERM"] = "xterm-256color",
        ["COLORTERM"] = "truecolor",
        ["GITHUB_ACTIONS"] = "true",
        ["CI"] = "true",
    };

    [Fact]
    public void A_console_over_a_writer_is_not_interactive_and_has_no_colors()
    {
        var console = new ConsoleContext(new StringWriter(), new StringWriter(), Colorful.GetValueOrDefault);

        Assert.False(console.IsInteractive);
        Assert.False(console.UseColor);
    }

    [Fact]
    public void Its_display_writes_styled_text_as_plain_text_to_the_error_stream()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new ConsoleContext(output, error, Colorful.GetValueOrDefault);

        console.Display.Write(new Text("failed", new Style(Color.Red, decoration: Decoration.Bold)));

        Assert.Equal("failed", error.ToString());
        Assert.Equal("", output.ToString());
    }

    [CorpusFact("bad")]
    public void Findings_stay_one_plain_line_each_with_the_path_to_click()
    {
        var bad = Path.Combine(Repo.Corpus, "bad");

        var run = Kb.Run(Colorful, "check", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(Path.Combine(bad, "malformed-yaml.md") + ":", StringComparison.Ordinal) && l.Contains(": error KB", StringComparison.Ordinal));
        Assert.Contains(run.Output.Split('\n'), l => l.StartsWith("::error file=", StringComparison.Ordinal));
    }
}
