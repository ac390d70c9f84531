using KnowledgeBase.Diagnostics;
using Spectre.Console;
using Spectre.Console.Testing;

namespace KnowledgeBase.Cli.Tests.Terminal;

/// <summary>At a terminal, findings stand under a header per file, each row <c>line:column severity CODE message</c>.</summary>
public sealed class GroupedDiagnosticsTests
{
    private static readonly Diagnostic[] Findings =
    [
        new("input/a.md", new SourcePosition(3, 7), DiagnosticSeverity.Error, "KB2002", "'date' must be a date"),
        new("input/a.md", new SourcePosition(4, 11), DiagnosticSeverity.Error, "KB2005", "unknown severity 'sev9'"),
        new("input/a.md", new SourcePosition(12, 1), DiagnosticSeverity.Warning, "KB2009", "action item without owner"),
        new("input/b.md", new SourcePosition(1, 1), DiagnosticSeverity.Warning, "KB2004", "'date' is missing"),
    ];

    private static List<string> Render(Diagnostic[] findings, int width)
    {
        using var display = new TestConsole().Width(width);
        GroupedDiagnostics.Write(findings, display);
        return [.. display.Output.Split('\n').Select(l => l.TrimEnd())];
    }

    [Fact]
    public void Each_file_gets_one_header_with_its_counts_and_its_findings_below_it()
    {
        var lines = Render(Findings, 100);

        Assert.Equal(
        [
            "input/a.md  2 errors, 1 warning",
            "  3:7   error    KB2002  'date' must be a date",
            "  4:11  error    KB2005  unknown severity 'sev9'",
            "  12:1  warning  KB2009  action item without owner",
            "",
            "input/b.md  1 warning",
            "  1:1  warning  KB2004  'date' is missing",
            "",
            "",
        ], lines);
    }

    [Fact]
    public void A_long_message_wraps_within_its_column_so_positions_and_codes_stay_readable()
    {
        var message = string.Join(' ', Enumerable.Repeat("word", 30));
        Diagnostic[] findings = [new("input/a.md", new SourcePosition(3, 7), DiagnosticSeverity.Error, "KB2002", message)];

        var lines = Render(findings, 60).Where(l => l.Length > 0).ToList();

        Assert.True(lines.Count > 3, string.Join('\n', lines));
        var column = lines[1].IndexOf("word", StringComparison.Ordinal);
        Assert.All(lines.Skip(2), l => Assert.Equal(column, l.Length - l.TrimStart().Length));
        Assert.All(lines, l => Assert.True(l.Length <= 60, l));
        Assert.Equal(30, lines.Sum(l => l.Split(' ').Count(w => w == "word")));
    }

    [Fact]
    public void Errors_are_red_and_warnings_yellow_when_the_terminal_has_colors()
    {
        using var display = new TestConsole().Colors(ColorSystem.Standard).EmitAnsiSequences();

        GroupedDiagnostics.Write(Findings, display);

        // Standard ANSI: 91 is bright red, 93 bright yellow (Spectre's Red and Yellow).
        Assert.Matches(@"\u001b\[[0-9;]*\b91merror\u001b\[0m", display.Output);
        Assert.Matches(@"\u001b\[[0-9;]*\b93mwarning\u001b\[0m", display.Output);
    }
}
