using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void It_writes_a_postmortem_that_checks_clean_and_lists_similar_past_incidents()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");

        var run = Kb.Run("new", "Checkout: connection pool exhausted again", "--input", input, "--tags", "database,connection-pool", "--services", "checkout");

        Assert.Equal(0, run.ExitCode);
        var path = Path.Combine(input, "2026-11-26-checkout-connection-pool-exhausted-again.md");
        var text = File.ReadAllText(path);
        Assert.StartsWith("---\ntitle: \"Checkout: connection pool exhausted again\"\ndate: 2026-11-26", text, StringComparison.Ordinal);
        Assert.Contains("tags: [\"database\", \"connection-pool\"]", text, StringComparison.Ordinal);
        Assert.Contains("services: [\"checkout\"]", text, StringComparison.Ordinal);
        Assert.Contains("\n## Timeline\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## Contributing factors\n", text, StringComparison.Ordinal);
        Assert.Contains("checkout-pool-exhaustion-2023", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, Kb.Run("check", input).ExitCode);
    }

    [Fact]
    public void A_title_alone_lists_the_past_incidents_it_resembles_first()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");

        var run = Kb.Run("new", "Checkout connection pool exhausted again", "--input", input);

        Assert.Equal(0, run.ExitCode);
        var listed = run.Output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["2025-06-19-checkout-pool-exhaustion-repeat", "checkout-pool-exhaustion-2023"],
            listed.Take(2).Select(columns => columns.Single(c => c.Contains("checkout-pool-exhaustion", StringComparison.Ordinal)).Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void It_starts_from_the_knowledge_base_s_own_template_when_there_is_one()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        Directory.CreateDirectory(Path.Combine(input, ".kb"));
        File.WriteAllText(Path.Combine(input, ".kb", "new-postmortem.md"), "---\ntitle: {{ title }}\ndate: {{ date }}\nstatus: draft\n---\n\n## Customer communication\n");

        var run = Kb.Run("new", "Parcel labels printed blank", "--input", input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("---\ntitle: \"Parcel labels printed blank\"\ndate: 2026-11-26\nstatus: draft\n---\n\n## Customer communication\n",
            File.ReadAllText(Path.Combine(input, "2026-11-26-parcel-labels-printed-blank.md")));
        Assert.Equal(0, Kb.Run("check", input).ExitCode);
    }

    [Fact]
    public void It_never_overwrites_an_existing_file()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        var path = Path.Combine(input, "2026-11-26-dns-again.md");
        File.WriteAllText(path, "mine");

        var run = Kb.Run("new", "DNS again", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(path));
    }
}
