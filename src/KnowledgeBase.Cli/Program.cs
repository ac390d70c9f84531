using KnowledgeBase.Cli;

try
{
    return KbCommand.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
}
catch (Exception ex) when (Environment.GetEnvironmentVariable("KB_DEBUG") is null)
{
    // A bug of ours must still read as a message, not a stack trace; KB_DEBUG=1 shows the trace.
    Console.Error.WriteLine($"kb: internal error: {ex.GetType().Name}: {ex.Message}");
    Console.Error.WriteLine("kb: this is a bug in kb; run again with KB_DEBUG=1 for details and report it.");
    return 70;
}
