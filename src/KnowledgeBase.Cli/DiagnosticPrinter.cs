using System.Globalization;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli;

/// <summary>
/// Prints findings one per line as <c>path:line:column: severity CODE: message</c>, sorted so each file's
/// findings stand together, then a summary. Under GitHub Actions each also becomes a workflow annotation.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string inputDirectory, ConsoleContext console)
    {
        var prefix = Prefix(inputDirectory);
        foreach (var d in diagnostics)
        {
            var path = d.Path == "." ? inputDirectory.TrimEnd('/') : Path.IsPathRooted(d.Path) ? d.Path : prefix + d.Path;
            var line = (d with { Path = path }).ToString();
            if (console.UseColor)
            {
                var color = d.IsError ? "\u001b[31m" : "\u001b[33m";
                var word = d.IsError ? "error" : "warning";
                line = line.Replace($": {word} ", $": {color}{word}\u001b[0m ", StringComparison.Ordinal);
            }

            console.Error.WriteLine(line);
            if (console.IsGitHubActions)
            {
                console.Output.WriteLine(Annotation(d, path));
            }
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return string.Create(CultureInfo.InvariantCulture, $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
    }

    /// <summary>The path as the user can open it: the input folder as typed, then the file.</summary>
    private static string Prefix(string inputDirectory)
    {
        var trimmed = inputDirectory.Replace('\\', '/').TrimEnd('/');
        return trimmed is "" or "." ? "" : trimmed + "/";
    }

    private static string Annotation(Diagnostic d, string path) => string.Create(CultureInfo.InvariantCulture,
        $"::{(d.IsError ? "error" : "warning")} file={Escape(path, true)},line={d.Position.Line},col={d.Position.Column},title={d.Code}::{Escape(d.Message, false)}");

    /// <summary>The escaping GitHub's workflow commands require.</summary>
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
