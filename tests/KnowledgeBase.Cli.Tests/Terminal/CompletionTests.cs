using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Terminal;

/// <summary>
/// Shell completion through System.CommandLine's <c>[suggest:POSITION]</c> directive: the shell passes the
/// whole command line and the cursor position, kb prints one suggestion per line on stdout.
/// </summary>
public sealed class CompletionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<string> Suggest(string line)
    {
        var run = Kb.Run($"[suggest:{line.Length}]", line);
        Assert.Equal(0, run.ExitCode);
        return [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    [Fact]
    public void A_command_name_completes()
    {
        Assert.Equal(["build"], Suggest("kb bu"));
        Assert.Equal(["check"], Suggest("kb ch"));
    }

    [Fact]
    public void An_option_name_completes()
    {
        Assert.Equal(["--base-url"], Suggest("kb build --base"));
    }

    [Fact]
    public void Options_with_fixed_values_complete_to_those_values()
    {
        Assert.Equal(["csv", "json", "table"], Suggest("kb actions --format "));
        Assert.Equal(["json"], Suggest("kb actions --format j"));
        Assert.Equal(["done", "in-progress", "open", "overdue", "wont-do"], Suggest("kb actions --status ").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Folder_arguments_complete_to_folders_and_a_draft_also_to_markdown_files()
    {
        Directory.CreateDirectory(_temp.Combine("kb"));
        Directory.CreateDirectory(_temp.Combine(".hidden"));
        File.WriteAllText(_temp.Combine("draft.md"), "");
        File.WriteAllText(_temp.Combine("notes.txt"), "");
        var folder = _temp.Path + "/";

        Assert.Contains(folder + "kb/", Suggest("kb build " + folder));
        Assert.DoesNotContain(folder + "draft.md", Suggest("kb build " + folder));
        Assert.DoesNotContain(folder + ".hidden/", Suggest("kb build " + folder));
        Assert.Contains(folder + ".hidden/", Suggest("kb build " + folder + "."));
        Assert.Contains(folder + "kb/", Suggest("kb build --output " + folder));
        Assert.Equal([folder + "draft.md", folder + "kb/"], Suggest("kb similar " + folder).Where(s => s.StartsWith(folder, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_folder_that_does_not_exist_completes_to_nothing_and_is_not_an_error()
    {
        Assert.DoesNotContain(Suggest("kb build " + _temp.Combine("nowhere", "x")), s => s.Contains("nowhere", StringComparison.Ordinal));
    }
}
