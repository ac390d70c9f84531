namespace KnowledgeBase.Cli.Tests.Support;

/// <summary>Runs the <c>kb</c> command line in-process, as a user would type it, capturing both streams.</summary>
internal static class Kb
{
    /// <summary>The fixed clock of every test build, unless the test sets its own: 2026-11-26T00:00:00Z.</summary>
    public const string Epoch = "1795651200";

    public static KbRun Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>());
        env.TryAdd("SOURCE_DATE_EPOCH", Epoch);
        var exitCode = KbCommand.Run(args, output, error, name => env.GetValueOrDefault(name));
        return new KbRun(exitCode, output.ToString(), error.ToString());
    }

    public static KbRun Run(params string[] args) => Run(null, args);
}

internal sealed record KbRun(int ExitCode, string Output, string Error)
{
    public IEnumerable<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
