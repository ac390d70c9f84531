using System.Globalization;
using KnowledgeBase.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KnowledgeBase.Cli;

/// <summary>
/// Findings as a person at a terminal reads them: a header per file with its counts, then one row per
/// finding (<c>line:column severity CODE message</c>), severities in color and long messages wrapped
/// within their column, so a file with many findings reads as one block instead of repeating its path.
/// </summary>
internal static class GroupedDiagnostics
{
    private static readonly Style ErrorStyle = new(Color.Red, decoration: Decoration.Bold);
    private static readonly Style WarningStyle = new(Color.Yellow, decoration: Decoration.Bold);
    private static readonly Style Quiet = new(decoration: Decoration.Dim);

    /// <param name="diagnostics">Sorted, with the paths as the user typed them.</param>
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, IAnsiConsole display)
    {
        foreach (var file in diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal))
        {
            display.Write(Header(file.Key, file.Count(d => d.IsError), file.Count(d => !d.IsError)));
            display.WriteLine();
            display.Write(Rows(file));
            display.WriteLine();
        }
    }

    private static Paragraph Header(string path, int errors, int warnings)
    {
        var header = new Paragraph().Append(path, new Style(decoration: Decoration.Bold | Decoration.Underline)).Append("  ");
        if (errors > 0)
        {
            header.Append(Words.Count(errors, "error"), ErrorStyle);
        }

        if (errors > 0 && warnings > 0)
        {
            header.Append(", ");
        }

        if (warnings > 0)
        {
            header.Append(Words.Count(warnings, "warning"), WarningStyle);
        }

        return header;
    }

    private static Grid Rows(IEnumerable<Diagnostic> findings)
    {
        // Position, severity and code never wrap, so they stay aligned; the message takes the rest of the width.
        var grid = new Grid()
            .AddColumn(new GridColumn { NoWrap = true, Padding = new Padding(2, 0, 2, 0) })
            .AddColumn(new GridColumn { NoWrap = true, Padding = new Padding(0, 0, 2, 0) })
            .AddColumn(new GridColumn { NoWrap = true, Padding = new Padding(0, 0, 2, 0) })
            .AddColumn(new GridColumn { Padding = new Padding(0) });
        foreach (var d in findings)
        {
            grid.AddRow(new IRenderable[]
            {
                new Text(string.Create(CultureInfo.InvariantCulture, $"{d.Position.Line}:{d.Position.Column}")),
                d.IsError ? new Text("error", ErrorStyle) : new Text("warning", WarningStyle),
                new Text(d.Code, Quiet),
                new Text(d.Message),
            });
        }

        return grid;
    }
}
