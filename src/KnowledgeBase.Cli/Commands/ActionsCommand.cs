using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Analysis.Actions;
using KnowledgeBase.Model;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb actions</c>: the action items of every incident, filtered by status and owner, as a table to read,
/// CSV for a tracker import, or JSON for other tools.
/// </summary>
internal static class ActionsCommand
{
    public static Command Create(ConsoleContext console)
    {
        var input = CommonOptions.Input();
        var status = new Option<string[]>("--status")
        {
            Description = "Only these items: open (not finished: not started or in progress), in-progress, overdue (open past due), done, wont-do (repeat the option for several).",
            AllowMultipleArgumentsPerToken = true,
        };
        status.AcceptOnlyFromAmong([.. ActionItemWords.All.Select(w => w.Spelling())]);
        var owner = new Option<string?>("--owner") { Description = "Only items of this owner (a team or role).", HelpName = "X" };
        var format = new Option<string>("--format") { Description = "table (default), csv (for a tracker import) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var config = CommonOptions.Config();
        var command = new Command("actions", "List the action items of every incident, with their status as of today (or SOURCE_DATE_EPOCH).")
        {
            input, status, owner, format, config,
        };

        command.SetAction(parse =>
        {
            if (CommonOptions.Resolve("actions", parse.GetValue(input)!, null, console, parse.GetValue(config)) is not { } options)
            {
                return 2;
            }

            // Action items are front-matter: the postmortems that validate are all this needs.
            var site = new SiteBuilder().Validate(options);
            var report = ActionItemReport.Build(site.Postmortems, DateOnly.FromDateTime(options.BuildTime.UtcDateTime));
            var statuses = (parse.GetValue(status) ?? []).Select(s => ActionItemWords.Parse(s)!.Value).ToList();
            var who = parse.GetValue(owner);
            var rows = report.Rows
                .Where(r => statuses.Count == 0 || statuses.Any(r.Matches))
                .Where(r => who is null || string.Equals(r.Item.Owner, who, StringComparison.OrdinalIgnoreCase))
                .ToList();
            var baseUrl = site.Config.BaseUrl ?? "";
            console.Output.Write(parse.GetValue(format) switch
            {
                "csv" => Csv(rows, baseUrl),
                "json" => JsonSerializer.Serialize(rows.Select(r => ToJson(r, baseUrl, site.Config)), CliJson.Options) + "\n",
                _ => Table(rows, report.AsOf),
            });
            return 0;
        });
        return command;
    }

    private static string Link(ActionItemRow row, string baseUrl) => baseUrl + SitePaths.Pretty(SitePaths.Incident(row.Incident.Id));

    /// <summary>
    /// The item's own status as front-matter spells it. Overdue is not a status but a part of the open work
    /// (see <see cref="ActionItemWords"/>), so it is told apart: the <c>overdue</c> field of the JSON, a
    /// column of the table; a tracker import reads it from the due date.
    /// </summary>
    private static string Status(ActionItemRow row) => row.Item.Status.Name();

    /// <summary>The columns a tracker import expects; labels are the incident's tags, which never hold spaces.</summary>
    private static string Csv(IEnumerable<ActionItemRow> rows, string baseUrl)
    {
        var csv = new StringBuilder("Summary,Description,Assignee,Due Date,Labels,Status,Ticket\n");
        foreach (var row in rows)
        {
            var description = $"From the postmortem \"{row.Incident.Title}\": {Link(row, baseUrl)}";
            string[] fields =
            [
                row.Item.Title, description, row.Item.Owner ?? "", row.Item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                string.Join(' ', row.Incident.Tags.Select(t => t.Replace(' ', '-'))), Status(row), row.Item.Ticket ?? "",
            ];
            csv.Append(string.Join(',', fields.Select(CsvCell.Format))).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>
    /// One item as JSON. What issue 22 added (priority, reason, the factors it addresses, strategic, a due
    /// date from the action SLO) is written only where the item has it, so other items print as they did.
    /// </summary>
    private static Dictionary<string, object?> ToJson(ActionItemRow row, string baseUrl, Configuration.SiteConfig config)
    {
        var item = row.Item;
        var json = new Dictionary<string, object?>
        {
            ["summary"] = item.Title,
            ["owner"] = item.Owner,
            ["due"] = item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["status"] = Status(row),
            ["overdue"] = row.Overdue,
            ["closed"] = item.Closed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ticket"] = item.Ticket,
            ["ticketUrl"] = config.TicketLink(item.Ticket),
            ["incident"] = new { id = row.Incident.Id, title = row.Incident.Title, url = Link(row, baseUrl) },
            ["labels"] = row.Incident.Tags,
        };
        if (item.DueFromSlo)
        {
            json["dueFromSlo"] = true;
        }

        if (item.Priority is { } priority)
        {
            json["priority"] = priority.Name();
        }

        if (item.IsStrategic)
        {
            json["strategic"] = true;
        }

        if (item.Reason is { } reason)
        {
            json["reason"] = reason;
        }

        if (!item.Addresses.IsEmpty)
        {
            json["addresses"] = item.Addresses;
        }

        return json;
    }

    private static string Table(List<ActionItemRow> rows, DateOnly asOf)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{rows.Count} action item{(rows.Count == 1 ? "" : "s")} as of {asOf:yyyy-MM-dd}\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Status(row),-11} {(row.Overdue ? ActionWord.Overdue.Spelling() : ""),-7}  {row.Item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",-10}  {TerminalText.Escape(row.Item.Owner ?? "(no owner)"),-16} {TerminalText.Escape(row.Item.Title)}  [{TerminalText.Escape(row.Incident.Id)}]\n");
        }

        return text.ToString();
    }
}
