using System.Globalization;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli;

/// <summary>
/// Prints findings, sorted so each file's findings stand together. When nobody watches (CI, editors, tests)
/// each is one plain line, <c>path:line:column: severity CODE: message</c>, which editors and terminals make
/// clickable and scripts can parse; at a terminal they are grouped under their file instead
/// (<see cref="GroupedDiagnostics"/>). Under GitHub Actions each also becomes a workflow annotation on stdout.
/// Past a number of warnings of one code, the rest are counted instead (<see cref="RepeatedWarnings"/>).
/// </summary>
public static class DiagnosticPrinter
{
    /// <param name="verbose">Print every warning, however many of one code there are.</param>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string inputDirectory, ConsoleContext console, bool verbose = false)
    {
        var (printed, omitted) = verbose ? (diagnostics, []) : RepeatedWarnings.Cut(diagnostics);
        diagnostics = printed;
        var prefix = Prefix(inputDirectory);
        // Paths and messages carry the files' own text (names, tags, titles): printed with their control characters escaped.
        var located = diagnostics
            .Select(d => d with
            {
                Path = TerminalText.Escape(d.Path == "." ? inputDirectory.TrimEnd('/') : Path.IsPathRooted(d.Path) ? d.Path : prefix + d.Path),
                Message = TerminalText.Escape(d.Message),
            })
            .ToList();
        if (console.IsInteractive)
        {
            GroupedDiagnostics.Write(located, console.Display);
        }

        foreach (var d in located)
        {
            if (!console.IsInteractive)
            {
                console.Error.WriteLine(d.ToString());
            }

            if (console.IsGitHubActions)
            {
                console.Output.WriteLine(Annotation(d));
            }
        }

        foreach (var (code, count) in omitted)
        {
            console.Error.WriteLine(RepeatedWarnings.Summary(code, count));
        }
    }

    /// <summary>The path as the user can open it: the input folder as typed, then the file.</summary>
    private static string Prefix(string inputDirectory)
    {
        var trimmed = inputDirectory.Replace('\\', '/').TrimEnd('/');
        return trimmed is "" or "." ? "" : trimmed + "/";
    }

    private static string Annotation(Diagnostic d) => string.Create(CultureInfo.InvariantCulture,
        $"::{(d.IsError ? "error" : "warning")} file={Escape(d.Path, true)},line={d.Position.Line},col={d.Position.Column},title={d.Code}::{Escape(d.Message, false)}");

    /// <summary>The escaping GitHub's workflow commands require.</summary>
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
