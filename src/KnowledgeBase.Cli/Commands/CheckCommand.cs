using System.CommandLine;
using System.Diagnostics;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb check</c>: every validation a build does, without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleContext console)
    {
        var input = CommonOptions.Input();
        var strict = CommonOptions.Strict();
        var gate = CommonOptions.Gate();
        var verbose = CommonOptions.Verbose();
        var theme = CommonOptions.Theme();
        var config = CommonOptions.Config();
        var command = new Command("check", "Validate the postmortems and kb.yml and report every problem as path:line:column; writes nothing. Exits 1 when there are errors.")
        {
            input, strict, gate, theme, config, verbose,
        };

        command.SetAction(parse =>
        {
            var inputDir = parse.GetValue(input)!;
            if (CommonOptions.Resolve("check", inputDir, parse.GetValue(theme), console, parse.GetValue(config)) is not { } options)
            {
                return 2;
            }

            var watch = Stopwatch.StartNew();
            // No line per stage when nobody watches: what kb check prints is its findings, for editors and hooks.
            var result = StageDisplay.Run(console, "check", plainLines: false,
                progress => new SiteBuilder(progress, betweenStages: HeapPolicy.CompactFinishedStage).Run(options with { Strict = parse.GetValue(strict), Gate = parse.GetValue(gate), IncludeDrafts = true }));
            DiagnosticPrinter.Print(result.Diagnostics, inputDir, console, parse.GetValue(verbose));
            SummaryLine.Write(console,
                $"kb check: checked {Words.Count(result.Files, "postmortem")} ({SummaryLine.Findings(result.Errors, result.Warnings, watch.Elapsed)})", result.Succeeded);
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }
}
