using System.Text.Json;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

public sealed class SimilarCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_draft_gets_the_most_similar_past_incidents_as_json_with_scores_and_reasons()
    {
        var draft = _temp.Combine("draft.md");
        File.WriteAllText(draft, "# Checkout down\n\nCheckout pods could not get database connections: the connection pool was exhausted when the autoscaler added pods.\n");

        var run = Kb.Run("similar", draft, "--input", Repo.Input, "--json", "--top", "3");

        Assert.Equal(0, run.ExitCode);
        var results = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.InRange(results.Count, 1, 3);
        Assert.Contains(results[0].GetProperty("id").GetString(), new[] { "checkout-pool-exhaustion-2023", "2025-06-19-checkout-pool-exhaustion-repeat" });
        foreach (var result in results)
        {
            Assert.StartsWith("https://northwind.example/kb/incidents/", result.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.InRange(result.GetProperty("score").GetDouble(), 0.0, 1.0);
            Assert.NotEmpty(result.GetProperty("reasons").EnumerateArray());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("title").GetString()));
        }

        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public void A_file_of_the_knowledge_base_is_not_its_own_match()
    {
        var own = Path.Combine(Repo.Input, "2025-06-19-checkout-pool-exhaustion-repeat.md");

        var run = Kb.Run("similar", own, "--input", Repo.Input, "--json");

        var ids = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain("2025-06-19-checkout-pool-exhaustion-repeat", ids);
        Assert.Equal("checkout-pool-exhaustion-2023", ids[0]);
    }

    [Fact]
    public void The_table_shows_score_date_severity_id_title_and_reasons()
    {
        var run = Kb.Run("similar", Path.Combine(Repo.Input, "2025-06-19-checkout-pool-exhaustion-repeat.md"), "--input", Repo.Input, "--top", "1");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^0\.\d\d (weak|    )  2023-11-02  sev2  checkout-pool-exhaustion-2023  Checkout failures after a connection pool size change$", lines[0]);
        Assert.Contains(lines, l => l.Trim().StartsWith("shared tags: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Top_N_lists_N_when_the_knowledge_base_has_them_and_marks_the_weak_ones()
    {
        var draft = _temp.Combine("draft.md");
        File.WriteAllText(draft, "# Checkout pool exhausted\n\nThe checkout connection pool was exhausted.\n");

        var table = Kb.Run("similar", draft, "--input", Repo.Input, "--top", "8");
        var json = Kb.Run("similar", draft, "--input", Repo.Input, "--top", "8", "--json");

        var results = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(8, results.Count);
        var weak = results.Count(r => r.GetProperty("weak").GetBoolean());
        Assert.InRange(weak, 1, 7);
        var rows = table.Output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).ToList();
        Assert.Equal(8, rows.Count);
        Assert.Equal(weak, rows.Count(r => r[5..9] == "weak"));
        Assert.Contains("weak: below the knowledge base's threshold", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_draft_is_a_clear_error()
    {
        var run = Kb.Run("similar", _temp.Combine("nope.md"), "--input", Repo.Input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }
}
