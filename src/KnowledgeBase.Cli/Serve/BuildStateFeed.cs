namespace KnowledgeBase.Cli.Serve;

/// <summary>
/// The latest <see cref="BuildState"/>, and a way to wait for the next one. Each open page's event
/// stream waits here; publishing wakes them all.
/// </summary>
public sealed class BuildStateFeed
{
    private readonly Lock _lock = new();
    private BuildState _current = BuildState.Starting;
    private TaskCompletionSource _changed = NewSignal();

    public BuildState Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    public void Publish(BuildState state)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _current = state;
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    /// <summary>Completes at the next <see cref="Publish"/>, or when <paramref name="cancel"/> fires.</summary>
    public Task NextAsync(CancellationToken cancel)
    {
        Task next;
        lock (_lock)
        {
            next = _changed.Task;
        }

        return next.WaitAsync(cancel);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
