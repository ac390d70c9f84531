using System.Text.RegularExpressions;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

public sealed partial class CheckCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [GeneratedRegex(@"^(?<path>.+\.md):(?<line>\d+):(?<column>\d+): (?<severity>error|warning) (?<code>KB\d{4}): .+$")]
    private static partial Regex DiagnosticLine();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_sample_knowledge_base_is_clean()
    {
        var run = Kb.Run("check", Repo.Input);

        Assert.Equal(0, run.ExitCode);
        // One line, the summary: what was checked, the findings and the time taken.
        Assert.Matches(@"^kb check: checked 15 postmortems \(0 errors, 0 warnings, \d+\.\d\d s\)$", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void The_same_incident_filed_twice_is_a_KB3007_warning_at_the_title_of_the_newer_file()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        var original = File.ReadAllText(Path.Combine(input, "2023-11-02-checkout-pool-exhaustion.md"));
        File.WriteAllText(Path.Combine(input, "2023-11-03-checkout-pool-again.md"),
            original.Replace("id: checkout-pool-exhaustion-2023", "id: checkout-pool-again", StringComparison.Ordinal)
                .Replace("date: 2023-11-02T", "date: 2023-11-03T", StringComparison.Ordinal));

        var run = Kb.Run("check", input);

        var warning = Assert.Single(run.ErrorLines, l => l.Contains("KB3007", StringComparison.Ordinal));
        Assert.Matches(@"/2023-11-03-checkout-pool-again\.md:3:\d+: warning KB3007: may be the same incident as 'checkout-pool-exhaustion-2023'", warning);
    }

    [CorpusFact("bad")]
    public void Every_broken_file_gets_a_positioned_error_and_no_stack_trace()
    {
        var bad = Path.Combine(Repo.Corpus, "bad");

        var run = Kb.Run("check", bad);

        Assert.Equal(1, run.ExitCode);
        var findings = run.ErrorLines.Select(l => DiagnosticLine().Match(l)).Where(m => m.Success).ToList();
        foreach (var file in new[] { "invalid-utf8.md", "malformed-yaml.md", "missing-front-matter.md", "wrong-types.md" })
        {
            Assert.Contains(findings, m => m.Groups["path"].Value == Path.Combine(bad, file) && m.Groups["severity"].Value == "error");
        }

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_sorted_by_file_then_position_and_end_with_a_summary()
    {
        var input = _temp.Combine("kb");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "b.md"), "---\ntitle: B\ndate: 2024-01-01\nseverity: sev9\ntags: 3\n---\n");
        File.WriteAllText(Path.Combine(input, "a.md"), "---\ntitle: A\ndate: 2024-13-01\n---\n");

        var run = Kb.Run("check", input);

        var lines = run.ErrorLines.ToList();
        Assert.Equal(4, lines.Count);
        Assert.EndsWith("a.md:3:7: error KB2002: 'date' must be a date (2024-03-12) or a date-time with offset (2024-03-12T14:05:00Z), not the text \"2024-13-01\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("b.md:4:11: error KB2005", lines[1], StringComparison.Ordinal);
        Assert.Contains("b.md:5:7: error KB2002", lines[2], StringComparison.Ordinal);
        Assert.Matches(@"^kb check: checked 2 postmortems \(3 errors, 0 warnings, \d+\.\d\d s\)$", lines[3]);
    }

    [Fact]
    public void Under_GitHub_Actions_findings_are_also_workflow_annotations()
    {
        var input = _temp.Combine("kb");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.md"), "---\ntitle: \"A, with: colon\"\nseverity: nope\n---\n");

        var run = Kb.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", input);

        var annotation = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.StartsWith($"::error file={input.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal)}/a.md,line=3,col=11,title=KB2005::", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_writes_nothing()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        var before = Hashes.Of(_temp.Path);

        Kb.Run("check", input);

        Assert.Equal(before, Hashes.Of(_temp.Path));
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "_site")) && Directory.GetLastWriteTimeUtc(Path.Combine(Environment.CurrentDirectory, "_site")) > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public void Config_reads_the_settings_from_a_file_outside_the_knowledge_base_and_names_it_in_findings()
    {
        var input = _temp.Combine("archive");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.md"), "---\ntitle: A\nstart_time: not a time\n---\n");
        var settings = _temp.Combine("archive.yml");
        File.WriteAllText(settings, "fields:\n  date: start_time\n");

        var run = Kb.Run("check", input, "--config", settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.EndsWith("a.md:3:13: error KB2002: 'start_time' (read as 'date') must be a date (2024-03-12) or a date-time with offset (2024-03-12T14:05:00Z), not the text \"not a time\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_config_file_that_does_not_exist_is_a_usage_error()
    {
        var run = Kb.Run("check", Repo.Input, "--config", _temp.Combine("nowhere.yml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere.yml' (--config) does not exist", run.Error, StringComparison.Ordinal);
    }
}
