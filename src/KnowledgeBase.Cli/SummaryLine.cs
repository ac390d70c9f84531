using System.Globalization;
using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>
/// The last line of <c>kb build</c> and <c>kb check</c>: what was done, the findings and the time taken.
/// The text is the same everywhere; at a terminal it is green when the command succeeded and red when not.
/// </summary>
internal static class SummaryLine
{
    public static void Write(ConsoleContext console, string text, bool succeeded)
    {
        if (console.IsInteractive)
        {
            console.Display.Write(new Text(text, new Style(succeeded ? Color.Green : Color.Red, decoration: Decoration.Bold)));
            console.Display.WriteLine();
        }
        else
        {
            console.Error.WriteLine(text);
        }
    }

    /// <summary>"2 errors, 1 warning, 0.84 s".</summary>
    public static string Findings(int errors, int warnings, TimeSpan elapsed) =>
        $"{Words.Count(errors, "error")}, {Words.Count(warnings, "warning")}, {elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s";
}
