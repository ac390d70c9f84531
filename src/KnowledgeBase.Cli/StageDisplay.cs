using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>
/// Shows which stage a long command is in. At a terminal: one line with a spinner, rewritten as the stages
/// change and cleared at the end, so only the findings and the summary stay on screen. Elsewhere (CI) a plain
/// line per stage when the command asks for it, so a slow or stuck build shows where it was.
/// </summary>
internal static class StageDisplay
{
    public static T Run<T>(ConsoleContext console, string command, bool plainLines, Func<IProgress<string>?, T> work)
    {
        if (console.IsInteractive)
        {
            return Live(console.Display, "kb " + command, work);
        }

        return work(plainLines ? new Reporter(stage => console.Error.WriteLine($"kb {command}: {stage}")) : null);
    }

    /// <summary>The spinner and the current stage, on the given console.</summary>
    internal static T Live<T>(IAnsiConsole display, string title, Func<IProgress<string>?, T> work)
    {
        // The spinner hides the cursor. Ctrl+C ends the process without the display's clean-up, which would
        // leave the user's terminal without a cursor: give it back on the way out.
        ConsoleCancelEventHandler showCursor = (_, _) => display.Cursor.Show(true);
        Console.CancelKeyPress += showCursor;
        try
        {
            return display.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(title), context => work(new Reporter(stage =>
            {
                context.Status = Markup.Escape(stage);
                // Some stages take milliseconds: draw each now rather than at the next tick, or it is never seen.
                context.Refresh();
            })));
        }
        finally
        {
            Console.CancelKeyPress -= showCursor;
        }
    }

    /// <summary>
    /// Reports on the caller's thread, at once. <see cref="Progress{T}"/> would post to the thread pool, and
    /// a stage could then be printed after the findings that follow it.
    /// </summary>
    private sealed class Reporter(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
