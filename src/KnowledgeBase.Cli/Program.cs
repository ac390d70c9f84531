using KnowledgeBase.Cli;

try
{
    return KbCommand.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
}
catch (Exception ex) when (IsOutOfMemory(ex))
{
    // Not a bug to report: the knowledge base needs more memory than this machine (or container) gives.
    // Nothing was written; the staging folder is removed as the build unwinds.
    Console.Error.WriteLine("kb: ran out of memory; nothing was written. Give the process more memory (a container's limit, or DOTNET_GCHeapHardLimit if set) and run again.");
    return 71;
}
catch (Exception ex) when (Environment.GetEnvironmentVariable("KB_DEBUG") is null)
{
    // A bug of ours must still read as a message, not a stack trace; KB_DEBUG=1 shows the trace.
    Console.Error.WriteLine($"kb: internal error: {ex.GetType().Name}: {ex.Message}");
    Console.Error.WriteLine("kb: this is a bug in kb; run again with KB_DEBUG=1 for details and report it.");
    return 70;
}

// Parallel stages wrap it in an AggregateException.
static bool IsOutOfMemory(Exception ex) => ex switch
{
    OutOfMemoryException or InsufficientMemoryException => true,
    AggregateException aggregate => aggregate.Flatten().InnerExceptions.Any(IsOutOfMemory),
    _ => ex.InnerException is { } inner && IsOutOfMemory(inner),
};
