namespace KnowledgeBase.Output;

/// <summary>
/// What the builds of this process have written beside their output and not finished: a staging folder (a
/// whole site's worth of files), a previous site being deleted, the output's lock. When the process is told
/// to stop (Ctrl+C, SIGTERM, a closed terminal) <see cref="StopAll"/> removes them, instead of leaving them
/// for the next build to find. A process killed outright cannot: the next build removes what it left.
/// </summary>
public static class Interruption
{
    private static readonly Lock Gate = new();
    private static readonly List<IStoppable> Live = [];

    /// <summary>Something a build holds that must not outlive it.</summary>
    internal interface IStoppable
    {
        /// <summary>Stops its writes where they stand and removes what it wrote; may wait for a step that must finish.</summary>
        void Stop();
    }

    /// <summary>
    /// Stops every build of this process and removes what it wrote beside its output, newest first (a staging
    /// folder before the lock that guards it). For the moment the process ends: a thread that tries to write
    /// afterwards waits for that end instead.
    /// </summary>
    public static void StopAll()
    {
        IStoppable[] live;
        lock (Gate)
        {
            live = [.. Live];
        }

        foreach (var stoppable in live.Reverse())
        {
            stoppable.Stop();
        }
    }

    internal static void Add(IStoppable stoppable)
    {
        lock (Gate)
        {
            Live.Add(stoppable);
        }
    }

    internal static void Remove(IStoppable stoppable)
    {
        lock (Gate)
        {
            Live.Remove(stoppable);
        }
    }
}
