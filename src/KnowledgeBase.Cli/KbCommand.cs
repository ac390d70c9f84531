using System.CommandLine;
using KnowledgeBase.Cli.Commands;

namespace KnowledgeBase.Cli;

/// <summary>The <c>kb</c> command line: one subcommand per job, each with its own <c>--help</c>.</summary>
public static class KbCommand
{
    /// <summary>Parses and runs one command line; returns the exit code (0 ok, 1 findings, 2 usage or output problem).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var console = new ConsoleContext(output, error, environment);
        var parse = Create(console).Parse(args);
        if (UsageError.Describe(parse) is { } problem)
        {
            error.WriteLine(problem);
            return UsageError.ExitCode;
        }

        return parse.Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Our own handler in Program prints a short message instead of a stack trace.
            EnableDefaultExceptionHandler = false,
        });
    }

    public static RootCommand Create(ConsoleContext console) =>
        new("kb compiles a folder of Markdown postmortems into a static knowledge-base site.")
        {
            InitCommand.Create(console),
            BuildCommand.Create(console),
            ServeCommand.Create(console),
            CheckCommand.Create(console),
            SimilarCommand.Create(console),
            NewCommand.Create(console),
            ActionsCommand.Create(console),
        };
}
