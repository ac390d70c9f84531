using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Terminal;

/// <summary>
/// What a postmortem's author wrote (a tag, a title, an owner, a file name) reaches the terminal as visible
/// text: a line break in it cannot start a forged finding, and an escape sequence cannot retitle the
/// window or clear the screen.
/// </summary>
public sealed class ControlCharacterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// A knowledge base whose tag vocabulary does not know the postmortem's tags (so kb check names them), one
    /// of which carries a forged finding after a line break; its title and action item carry escape sequences
    /// (<c>\e]0;PWNED\a</c> retitles the window, <c>\e[2J</c> clears the screen).
    /// </summary>
    private string HostileKnowledgeBase(string fileName = "a.md")
    {
        var input = _temp.Combine("kb");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "kb.yml"), "tags: [database]\n");
        File.WriteAllText(Path.Combine(input, fileName), """
            ---
            title: "Connection pool exhausted \e]0;PWNED\a\e[2J\nspoofed.md:1:1: error KB9999: this finding was written by a postmortem"
            date: 2024-01-01
            severity: sev2
            tags: ["ok\nspoofed.md:1:1: error KB9999: this finding was written by a postmortem", "database\e]0;PWNED\a\e[2J"]
            action_items:
              - title: "Raise the pool limit \e]0;PWNED\a\e[2J\nspoofed.md:1:1: error KB9999: this finding was written by a postmortem"
                owner: "db-team\e[2J"
                status: open
            ---
            The checkout connection pool was exhausted when the autoscaler added pods.
            """);
        // Similarity weighs words by rarity: a second incident makes the first one's words count.
        File.WriteAllText(Path.Combine(input, "b.md"), "---\ntitle: DNS resolver outage\ndate: 2024-02-01\n---\nThe DNS resolver dropped queries after a TTL change.\n");
        return input;
    }

    private static void AssertPrintable(KbRun run)
    {
        foreach (var (name, text) in new[] { ("standard output", run.Output), ("standard error", run.Error) })
        {
            Assert.False(text.Any(c => char.IsControl(c) && c != '\n'), $"{name} holds a control character: {text}");
            Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith("spoofed.md", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_tag_cannot_forge_a_finding_or_send_escape_sequences_in_kb_check()
    {
        var input = HostileKnowledgeBase();

        var run = Kb.Run("check", input);

        AssertPrintable(run);
        Assert.Contains(run.ErrorLines, l => l.Contains(@"warning KB2008", StringComparison.Ordinal) && l.Contains(@"'ok\nspoofed.md:1:1: error KB9999", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains(@"database\e]0;PWNED\a\e[2J", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_is_printed_with_its_control_characters_escaped()
    {
        var input = HostileKnowledgeBase("a\u001b[2J\nspoofed.md");

        var run = Kb.Run("check", input);

        AssertPrintable(run);
        Assert.Contains(run.ErrorLines, l => l.Contains(@"a\e[2J\nspoofed.md:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_action_items_table_escapes_titles_and_owners()
    {
        var input = HostileKnowledgeBase();

        var run = Kb.Run("actions", input);

        Assert.Equal(0, run.ExitCode);
        AssertPrintable(run);
        Assert.Contains(@"Raise the pool limit \e]0;PWNED\a\e[2J\nspoofed.md:1:1", run.Output, StringComparison.Ordinal);
        Assert.Contains(@"db-team\e[2J", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Kb_similar_escapes_titles_and_reasons()
    {
        var input = HostileKnowledgeBase();
        var draft = _temp.Combine("draft.md");
        File.WriteAllText(draft, "---\ntitle: Pool exhausted\ntags: [database]\n---\nThe checkout connection pool was exhausted when the autoscaler added pods.\n");

        var run = Kb.Run("similar", draft, "--input", input);

        Assert.Equal(0, run.ExitCode);
        AssertPrintable(run);
        Assert.Contains(@"Connection pool exhausted \e]0;PWNED\a\e[2J\nspoofed.md", run.Output, StringComparison.Ordinal);
    }
}
