using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>
/// The integration gate on the command line: its findings are warnings in kb check and kb build, and
/// errors (exit 1) under --gate or gate: true in kb.yml.
/// </summary>
public sealed class GateCommandTests : IDisposable
{
    private const string Ungated = """
        ---
        title: Pool exhaustion
        date: 2024-03-12
        contributing_factors:
          - id: pool-budget
            category: technical
            description: Pool size was set per pod.
        action_items:
          - title: Alert on saturation
            status: wont-do
        ---
        Body.
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Input(string? kbYml = null)
    {
        var input = _temp.Combine("kb");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "pool.md"), Ungated);
        if (kbYml is not null)
        {
            File.WriteAllText(Path.Combine(input, "kb.yml"), kbYml);
        }

        return input;
    }

    [Fact]
    public void Without_the_gate_its_findings_are_positioned_warnings_and_check_succeeds()
    {
        var input = Input();

        var run = Kb.Run("check", input);

        Assert.Equal(0, run.ExitCode);
        var file = Path.Combine(input, "pool.md");
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{file}:5:5: warning KB2014: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{file}:9:5: warning KB2009: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{file}:9:5: warning KB2016: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{file}:10:13: warning KB2015: ", StringComparison.Ordinal));
        Assert.Matches(@"^kb check: checked 1 postmortem \(0 errors, 4 warnings, \d+\.\d\d s\)$", run.ErrorLines.Last());
    }

    [Fact]
    public void Under_gate_the_same_findings_are_errors_and_check_exits_1()
    {
        var input = Input();

        var run = Kb.Run("check", input, "--gate");

        Assert.Equal(1, run.ExitCode);
        var file = Path.Combine(input, "pool.md");
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{file}:5:5: error KB2014: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{file}:10:13: error KB2015: ", StringComparison.Ordinal));
        Assert.Matches(@"^kb check: checked 1 postmortem \(4 errors, 0 warnings, \d+\.\d\d s\)$", run.ErrorLines.Last());
    }

    [Fact]
    public void Gate_true_in_kb_yml_closes_the_gate_for_build_too()
    {
        var input = Input("gate: true\n");
        var output = _temp.Combine("site");

        var build = Kb.Run("build", input, "--output", output);

        Assert.Equal(1, build.ExitCode);
        Assert.False(Directory.Exists(output));
        Assert.Contains(build.ErrorLines, l => l.Contains("error KB2014", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_without_the_gate_writes_the_site_and_reports_the_warnings()
    {
        var input = Input();
        var output = _temp.Combine("site");

        var build = Kb.Run("build", input, "--output", output);

        Assert.Equal(0, build.ExitCode);
        Assert.Contains(build.ErrorLines, l => l.Contains("warning KB2014", StringComparison.Ordinal));
    }

    [Fact]
    public void Past_twenty_gate_warnings_of_one_code_the_rest_are_counted_in_one_line()
    {
        var input = _temp.Combine("many");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 5; i++)
        {
            var factors = string.Concat(Enumerable.Range(0, 5).Select(f => $"  - category: technical\n    description: Factor {f}.\n"));
            File.WriteAllText(Path.Combine(input, $"p{i}.md"), $"---\ntitle: P{i}\ndate: 2024-01-0{i + 1}\ncontributing_factors:\n{factors}---\n");
        }

        var run = Kb.Run("check", input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(20, run.ErrorLines.Count(l => l.Contains("warning KB2014", StringComparison.Ordinal)));
        Assert.Contains("kb: 5 more KB2014 warnings not shown (--verbose prints every one)", run.ErrorLines);
        Assert.Matches(@"^kb check: checked 5 postmortems \(0 errors, 25 warnings, ", run.ErrorLines.Last());
    }

    [Fact]
    public void The_sample_knowledge_base_passes_the_gate()
    {
        var run = Kb.Run("check", Repo.Input, "--gate");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Kb_actions_json_gives_priority_reason_addresses_and_a_due_date_from_the_slo_where_an_item_has_them()
    {
        var run = Kb.Run("actions", Repo.Input, "--format", "json");

        var items = System.Text.Json.JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        var pgBouncer = items.Single(i => i.GetProperty("summary").GetString()!.StartsWith("Put PgBouncer", StringComparison.Ordinal));
        Assert.Equal("high", pgBouncer.GetProperty("priority").GetString());
        Assert.True(pgBouncer.GetProperty("strategic").GetBoolean());
        Assert.Equal(["idle-connections-per-pod"], pgBouncer.GetProperty("addresses").EnumerateArray().Select(a => a.GetString()));
        var runbook = items.Single(i => i.GetProperty("summary").GetString()!.StartsWith("Rewrite the node upgrade runbook", StringComparison.Ordinal));
        // Published 2026-01-22, sev2: 56 days by the sample's action_slo.
        Assert.Equal(("2026-03-19", true), (runbook.GetProperty("due").GetString(), runbook.GetProperty("dueFromSlo").GetBoolean()));
        Assert.False(items.Single(i => i.GetProperty("summary").GetString()!.StartsWith("Alert when database connection usage", StringComparison.Ordinal)).TryGetProperty("priority", out _));
    }

    [Fact]
    public void The_pull_request_workflow_kb_init_writes_runs_the_gate()
    {
        var workflow = File.ReadAllText(Path.Combine(Repo.Root, "src/KnowledgeBase.Cli/Init/Files/kb-check.yml"));

        Assert.Contains("run: kb check --strict --gate", workflow, StringComparison.Ordinal);
    }
}
