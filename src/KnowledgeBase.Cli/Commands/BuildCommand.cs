using System.CommandLine;
using System.Diagnostics;
using KnowledgeBase.Incremental;
using KnowledgeBase.Load;
using KnowledgeBase.Output;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb build</c>: check, then write the site into a staging folder and swap it in.</summary>
internal static class BuildCommand
{
    public static Command Create(ConsoleContext console)
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.RequirePath(new Option<string>("--output", "-o")
        {
            Description = "Where to write the site. The folder is replaced whole, and only if the build succeeds.",
            DefaultValueFactory = _ => "_site",
            HelpName = "DIR",
            CompletionSources = { PathCompletions.Folders },
        });
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The absolute URL the site is published at (overrides base_url in kb.yml); used for the sitemap.",
            HelpName = "URL",
        };
        var drafts = CommonOptions.Drafts();
        var strict = CommonOptions.Strict();
        var gate = CommonOptions.Gate();
        var verbose = CommonOptions.Verbose();
        var theme = CommonOptions.Theme();
        var config = CommonOptions.Config();
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Render every postmortem afresh and write the site into a new folder, instead of reusing what .kb-cache/ beside the output folder keeps: unchanged postmortems and the folder of the site before (the site is the same either way).",
        };
        var command = new Command("build", "Build the site: validate every postmortem, render the pages, and replace the output folder only when everything succeeded.")
        {
            input, output, baseUrl, drafts, strict, gate, theme, config, noCache, verbose,
        };

        command.SetAction(parse =>
        {
            var inputDir = parse.GetValue(input)!;
            var outputDir = parse.GetValue(output)!;
            if (CommonOptions.Resolve("build", inputDir, parse.GetValue(theme), console, parse.GetValue(config)) is not { } resolved)
            {
                return 2;
            }

            if (OverlapsInput(inputDir, outputDir) is { } problem)
            {
                console.Error.WriteLine($"kb build: {problem}");
                return 2;
            }

            var url = parse.GetValue(baseUrl);
            if (url is not null && !KnowledgeBase.Configuration.ConfigReader.IsWebUrl(url))
            {
                console.Error.WriteLine($"kb build: --base-url '{url}' is not an absolute http or https URL");
                return 2;
            }

            var options = resolved with
            {
                OutputDirectory = outputDir,
                BaseUrl = url,
                IncludeDrafts = parse.GetValue(drafts),
                Strict = parse.GetValue(strict),
                Gate = parse.GetValue(gate),
            };

            var watch = Stopwatch.StartNew();
            BuildResult result;
            try
            {
                using var stopping = StopSignals.CleanUpOnStop(console, "build");
                using var cache = parse.GetValue(noCache) ? null : new BuildCache(BuildCache.FolderFor(outputDir));
                result = StageDisplay.Run(console, "build", plainLines: true, progress => new SiteBuilder(progress, cache, betweenStages: HeapPolicy.CompactFinishedStage).Run(options));
            }
            catch (OutputException ex)
            {
                // The message may name folders found beside the output: escaped like any text from the disk.
                console.Error.WriteLine($"kb build: {TerminalText.Escape(ex.Message)}");
                return 2;
            }

            DiagnosticPrinter.Print(result.Diagnostics, inputDir, console, parse.GetValue(verbose));
            foreach (var note in result.Notes)
            {
                console.Error.WriteLine($"kb build: {TerminalText.Escape(note)}");
            }

            var findings = SummaryLine.Findings(result.Errors, result.Warnings, watch.Elapsed);
            SummaryLine.Write(console, result.Written
                ? $"kb build: wrote {Words.Count(result.PagesWritten, "page")} for {Words.Count(result.Postmortems, "postmortem")} to {outputDir} ({findings})"
                : $"kb build: failed ({findings}); nothing was written and {outputDir} is unchanged", result.Written);
            return result.Written ? 0 : 1;
        });
        return command;
    }

    /// <summary>
    /// The output folder is replaced whole: it must never be, or contain, the postmortems. Inside the input
    /// folder is fine (<c>kb build</c> at a repository's root writes <c>_site/</c>): a site holds no <c>*.md</c> file.
    /// Compared where the paths really lead: through a link (<c>here -> .</c>) another name is the same folder.
    /// </summary>
    private static string? OverlapsInput(string input, string output)
    {
        try
        {
            return RealPath.IsWithin(RealPath.Of(output), RealPath.Of(input))
                ? $"--output '{output}' is or contains the input folder; choose a folder outside it"
                : null;
        }
        catch (IOException ex)
        {
            return $"cannot follow the links of --output '{output}' or of the input folder: {ex.Message}";
        }
    }
}
