using System.CommandLine;
using KnowledgeBase.Cli.Commands;

namespace KnowledgeBase.Cli;

/// <summary>The <c>kb</c> command line: one subcommand per job, each with its own <c>--help</c>.</summary>
public static class KbCommand
{
    public static RootCommand Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var console = new ConsoleContext(output, error, environment);
        return new RootCommand("kb compiles a folder of Markdown postmortems into a searchable static knowledge-base site.")
        {
            BuildCommand.Create(console),
            CheckCommand.Create(console),
        };
    }
}
