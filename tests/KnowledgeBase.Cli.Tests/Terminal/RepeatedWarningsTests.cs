using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli.Tests.Terminal;

/// <summary>Thousands of one warning do not bury the rest: past a number of one code, the others are counted in a line.</summary>
public sealed class RepeatedWarningsTests
{
    private static Diagnostic Warning(int file, string code = "KB3006") =>
        new($"input/{file:D3}.md", new SourcePosition(1, 1), DiagnosticSeverity.Warning, code, "strongly similar to an earlier incident");

    private static Diagnostic Error(int file) =>
        new($"input/{file:D3}.md", new SourcePosition(2, 1), DiagnosticSeverity.Error, "KB2002", "'date' must be a date");

    private static (string[] Lines, string Error) Print(IReadOnlyList<Diagnostic> findings, bool verbose)
    {
        var error = new StringWriter();
        DiagnosticPrinter.Print(findings, "input", new ConsoleContext(new StringWriter(), error, _ => null), verbose);
        return (error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void Past_the_limit_warnings_of_one_code_are_counted_in_one_line_and_errors_all_print()
    {
        List<Diagnostic> findings = [.. Enumerable.Range(0, 50).Select(i => Warning(i)), .. Enumerable.Range(0, 30).Select(Error), Warning(99, "KB2009")];

        var (lines, _) = Print([.. findings.OrderBy(d => d.Path, StringComparer.Ordinal)], verbose: false);

        Assert.Equal(RepeatedWarnings.Shown, lines.Count(l => l.Contains("KB3006:", StringComparison.Ordinal)));
        Assert.Equal(30, lines.Count(l => l.Contains("error KB2002", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.Contains("KB2009", StringComparison.Ordinal));
        Assert.Equal("kb: 30 more KB3006 warnings not shown (--verbose prints every one)", lines[^1]);
    }

    [Fact]
    public void Verbose_prints_every_warning_and_no_count()
    {
        var (lines, error) = Print([.. Enumerable.Range(0, 50).Select(i => Warning(i))], verbose: true);

        Assert.Equal(50, lines.Length);
        Assert.DoesNotContain("not shown", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Up_to_the_limit_nothing_is_left_out()
    {
        var (lines, error) = Print([.. Enumerable.Range(0, RepeatedWarnings.Shown).Select(i => Warning(i))], verbose: false);

        Assert.Equal(RepeatedWarnings.Shown, lines.Length);
        Assert.DoesNotContain("not shown", error, StringComparison.Ordinal);
    }
}
