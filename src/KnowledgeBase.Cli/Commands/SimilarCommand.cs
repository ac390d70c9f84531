using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Model;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb similar DRAFT.md</c>: the past incidents most like a draft, so its author reads them first.</summary>
internal static class SimilarCommand
{
    public static Command Create(ConsoleContext console)
    {
        var draft = new Argument<string>("DRAFT")
        {
            Description = "The postmortem being written (it may be incomplete, or one of the knowledge base's own files).",
            // Named, or help would list the files and folders it completes to.
            HelpName = "DRAFT",
            CompletionSources = { PathCompletions.FoldersAndMarkdown },
        };
        var input = InputOption();
        var top = new Option<int>("--top") { Description = "How many similar incidents to list: that many whenever the knowledge base has them, the weak ones (below its threshold for similar) marked weak.", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {id, title, date, url, score, weak, reasons} instead of a table." };
        var config = CommonOptions.Config();
        var command = new Command("similar", "List the past incidents most similar to a draft postmortem, with scores and reasons.")
        {
            draft, input, top, json, CommonOptions.Theme(), config,
        };

        command.SetAction(parse =>
        {
            var draftPath = parse.GetValue(draft)!;
            if (!File.Exists(draftPath))
            {
                console.Error.WriteLine($"kb similar: '{draftPath}' does not exist");
                return 2;
            }

            if (CommonOptions.Resolve("similar", parse.GetValue(input)!, null, console, parse.GetValue(config)) is not { } options)
            {
                return 2;
            }

            var found = new DraftSimilarity(options).Find(draftPath, Math.Max(1, parse.GetValue(top)));
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(JsonSerializer.Serialize(found.Matches.Select(m => ToJson(m, found.Site.Config.BaseUrl)), CliJson.Options));
            }
            else
            {
                Print(found.Matches, console);
            }

            return 0;
        });
        return command;
    }

    /// <summary>The knowledge base's folder; the current one by default.</summary>
    public static Option<string> InputOption() => CommonOptions.RequirePath(new Option<string>("--input")
    {
        Description = "The knowledge base's folder of postmortems.",
        DefaultValueFactory = _ => ".",
        HelpName = "DIR",
        CompletionSources = { PathCompletions.Folders },
    });

    public static void Print(IReadOnlyList<SimilarIncident> matches, ConsoleContext console)
    {
        if (matches.Count == 0)
        {
            console.Output.WriteLine("No similar past incident.");
            return;
        }

        foreach (var match in matches)
        {
            var p = match.Target.Postmortem;
            // Titles, tags and the words of the reasons come from the files: their control characters are escaped.
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{match.Score:0.00} {(match.Weak ? "weak" : "    ")}  {p.Date?.IsoDate ?? "undated   "}  {TerminalText.Escape(p.Severity ?? "-"),-5} {TerminalText.Escape(p.Id)}  {TerminalText.Escape(p.Title)}"));
            foreach (var reason in match.Reasons)
            {
                console.Output.WriteLine("           " + TerminalText.Escape(reason));
            }
        }

        if (matches.Any(m => m.Weak))
        {
            console.Output.WriteLine("weak: below the knowledge base's threshold for \"similar\" (incident pages leave these out); listed as the closest there are.");
        }
    }

    private static object ToJson(SimilarIncident match, string? baseUrl)
    {
        var p = match.Target.Postmortem;
        return new
        {
            id = p.Id,
            title = p.Title,
            date = p.Date?.IsoDate,
            url = (baseUrl ?? "") + SitePaths.Pretty(SitePaths.Incident(p.Id)),
            score = match.Score,
            weak = match.Weak,
            reasons = match.Reasons,
        };
    }
}
