using System.Runtime.InteropServices;
using KnowledgeBase.Output;

namespace KnowledgeBase.Cli;

/// <summary>
/// Ctrl+C (SIGINT), a cancelled CI job or a stopped container (SIGTERM), a closed terminal (SIGHUP) or
/// Ctrl+\ (SIGQUIT) while kb writes: what the build wrote beside its output (its staging folder, a whole
/// site's worth of files; a previous site half deleted; the output's lock) is removed before the process
/// ends, instead of staying there until the next build. The process then ends as the signal asks, with
/// 128 plus its number, as a shell reports it.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private static readonly (PosixSignal Signal, string Name, int Number)[] Signals =
    [
        (PosixSignal.SIGINT, "SIGINT", 2),
        (PosixSignal.SIGTERM, "SIGTERM", 15),
        (PosixSignal.SIGHUP, "SIGHUP", 1),
        (PosixSignal.SIGQUIT, "SIGQUIT", 3),
    ];

    private readonly List<PosixSignalRegistration> _registrations = [];

    private StopSignals()
    {
    }

    /// <summary>Cleans up after the builds of this process when a stop signal arrives, until disposed.</summary>
    public static StopSignals CleanUpOnStop(ConsoleContext console, string command)
    {
        var signals = new StopSignals();
        foreach (var (signal, name, number) in Signals)
        {
            try
            {
                signals._registrations.Add(PosixSignalRegistration.Create(signal, context => Stop(context, console, command, name, number)));
            }
            catch (PlatformNotSupportedException)
            {
                // A platform without this signal cannot send it either.
            }
        }

        return signals;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private static void Stop(PosixSignalContext context, ConsoleContext console, string command, string name, int number)
    {
        // The process ends here, once the clean-up is done, rather than wherever the default action would stop it.
        context.Cancel = true;
        Interruption.StopAll();
        if (console.IsInteractive)
        {
            // The spinner hid the cursor; nothing else will show it again.
            console.Display.Cursor.Show(true);
        }

        console.Error.WriteLine($"kb {command}: stopped by {name}; the files it had not finished were removed");
        Environment.Exit(128 + number);
    }
}
