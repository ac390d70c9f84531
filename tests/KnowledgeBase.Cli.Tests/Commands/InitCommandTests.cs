using System.Diagnostics;
using System.Text.RegularExpressions;
using KnowledgeBase.Cli.Init;
using KnowledgeBase.Cli.Tests.Support;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli.Tests.Commands;

public sealed partial class InitCommandTests : IDisposable
{
    private static readonly string[] Written =
    [
        "kb.yml", StarterFiles.ExamplePostmortem, ".kb/new-postmortem.md", ".gitignore", ".github/actions/install-kb/action.yml",
        ".github/workflows/kb-check.yml", ".github/workflows/kb-publish.yml",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A knowledge base made by kb init in a folder that did not exist yet.</summary>
    private string Init()
    {
        var dir = _temp.Combine("kb");
        var run = Kb.Run("init", dir);
        Assert.True(run.ExitCode == 0, run.Error);
        return dir;
    }

    [Fact]
    public void It_creates_the_folder_and_a_knowledge_base_that_checks_strict_clean_and_builds()
    {
        var dir = _temp.Combine("new", "kb");

        var init = Kb.Run("init", dir);
        var check = Kb.Run("check", dir, "--strict");
        var build = Kb.Run("build", dir, "--output", Path.Combine(dir, "_site"), "--strict");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(Written.Order(StringComparer.Ordinal), Hashes.Of(dir).Keys.Where(f => !f.StartsWith("_site/", StringComparison.Ordinal) && !f.StartsWith(".kb-cache/", StringComparison.Ordinal)));
        Assert.All(Written, file => Assert.Contains(file, init.Output, StringComparison.Ordinal));
        Assert.Contains("kb new \"", init.Output, StringComparison.Ordinal);
        Assert.Contains("kb build", init.Output, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("kb check: checked 1 postmortem (0 errors, 0 warnings,", check.Error, StringComparison.Ordinal);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(dir, "_site", "incidents", "2025-03-18-orders-database-disk-full", "index.html")));
        Assert.True(File.Exists(Path.Combine(dir, "_site", "search", "index.html")));
    }

    [Theory]
    [InlineData("kb.yml")]
    [InlineData(".github/workflows/kb-check.yml")]
    [InlineData(".gitignore")]
    public void It_refuses_to_overwrite_a_file_and_then_writes_nothing_at_all(string existing)
    {
        var dir = _temp.Combine("kb");
        var path = Path.Combine(dir, existing);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0x6d, 0x69, 0x6e, 0x65, 0x0a]);
        var before = Hashes.Of(dir);
        var foldersBefore = Directory.GetDirectories(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var run = Kb.Run("init", dir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("  " + existing + "\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hashes.Of(dir));
        Assert.Equal(foldersBefore, Directory.GetDirectories(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void It_lists_every_file_that_is_in_the_way()
    {
        var dir = Init();
        File.Delete(Path.Combine(dir, ".gitignore"));

        var run = Kb.Run("init", dir);

        Assert.Equal(2, run.ExitCode);
        Assert.All(Written.Where(f => f != ".gitignore"), file => Assert.Contains("  " + file + "\n", run.Error, StringComparison.Ordinal));
        Assert.DoesNotContain(".gitignore", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, ".gitignore")));
    }

    [Fact]
    public void Help_says_what_it_writes_and_that_it_overwrites_nothing()
    {
        var run = Kb.Run("init", "--help");
        var overview = Kb.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("kb.yml", run.Output, StringComparison.Ordinal);
        Assert.Contains("example postmortem", run.Output, StringComparison.Ordinal);
        Assert.Contains("GitHub Pages", run.Output, StringComparison.Ordinal);
        Assert.Contains("Overwrites nothing", run.Output, StringComparison.Ordinal);
        Assert.Contains("DIR", run.Output, StringComparison.Ordinal);
        Assert.Contains("created when missing", run.Output, StringComparison.Ordinal);
        Assert.Contains("init", overview.Output, StringComparison.Ordinal);
        Assert.Contains("Create a new knowledge base", overview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_kb_yml_sets_the_defaults_it_shows()
    {
        var text = File.ReadAllText(Path.Combine(Init(), "kb.yml"));
        var diagnostics = new DiagnosticBag();

        var config = ConfigReader.Parse(text, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(SiteConfig.Default.Title, config.Title);
        Assert.Equal(SiteConfig.Default.Description, config.Description);
        Assert.Equal(Describe(SiteConfig.Default.Severities), Describe(config.Severities));
        Assert.Equal<FactorCategory>(SiteConfig.Default.Categories, config.Categories);
        Assert.True(config.Tags.IsOpen);
        Assert.True(config.BlamelessCheck);
        Assert.Null(config.BaseUrl);
        Assert.Null(config.TicketUrl);
    }

    /// <summary>Commented-out settings are written as "# key: value": removing "# " before a key uncomments them.</summary>
    [GeneratedRegex(@"^# (?=\s*(- )?[a-z_]+:)", RegexOptions.Multiline)]
    private static partial Regex CommentedSetting();

    [Fact]
    public void Its_commented_out_settings_are_valid_and_show_the_true_defaults()
    {
        var text = File.ReadAllText(Path.Combine(Init(), "kb.yml"));
        var diagnostics = new DiagnosticBag();

        var config = ConfigReader.Parse(CommentedSetting().Replace(text, ""), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(SiteConfig.Default.Similarity, config.Similarity);
        Assert.Equal(SiteConfig.Default.Limits, config.Limits);
        Assert.False(config.Tags.IsOpen);
        Assert.NotNull(config.BaseUrl);
        Assert.Equal("https://tracker.example.org/browse/PAY-1432", config.TicketLink("PAY-1432"));
        Assert.Equal<string>(["incidents/**/*.md"], config.Files.Include);
        Assert.Equal<string>(["categories", "keywords"], config.Fields.Sources["tags"]);
    }

    [Fact]
    public void Its_template_for_kb_new_is_the_theme_s_and_kb_new_starts_from_it()
    {
        var dir = Init();
        var template = Path.Combine(dir, ".kb", "new-postmortem.md");
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "theme", "new-postmortem.md")), File.ReadAllText(template));
        File.AppendAllText(template, "\n## Customer communication\n\nWhat customers were told, and when.\n");

        var run = Kb.Run("new", "Orders database disk full again", "--input", dir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## Customer communication", File.ReadAllText(Path.Combine(dir, "2026-11-26-orders-database-disk-full-again.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Its_workflows_build_kb_from_the_commit_of_the_kb_that_wrote_it_not_from_a_package_feed()
    {
        var dir = Init();
        var action = File.ReadAllText(Path.Combine(dir, ".github", "actions", "install-kb", "action.yml"));
        var workflows = Directory.GetFiles(Path.Combine(dir, ".github", "workflows")).Select(File.ReadAllText).ToList();

        // The kb under test was built from this repository's HEAD.
        Assert.Contains($"\n    default: '{Git("rev-parse", "HEAD")}'\n", action, StringComparison.Ordinal);
        Assert.Contains("\n    default: ''\n", action, StringComparison.Ordinal);
        Assert.Contains("        repository: ${{ inputs.repository }}\n        ref: ${{ inputs.ref }}\n", action, StringComparison.Ordinal);
        Assert.Contains("key: kb-${{ runner.os }}-${{ inputs.repository }}-${{ inputs.ref }}\n", action, StringComparison.Ordinal);
        // Installed only from the package it has just packed: no feed, no version that a feed would have to serve.
        Assert.Contains("dotnet pack \"$KB_SOURCE/src/KnowledgeBase.Cli\" -c Release -o \"$KB_PACKAGES\"\n", action, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install KnowledgeBase.Tool --tool-path \"$KB_TOOL\" --source \"$KB_PACKAGES\"\n", action, StringComparison.Ordinal);
        Assert.DoesNotContain("--version", action, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, ".config", "dotnet-tools.json")));
        Assert.All(workflows, workflow =>
        {
            Assert.Contains("      - name: Install kb\n        uses: ./.github/actions/install-kb\n", workflow, StringComparison.Ordinal);
            Assert.DoesNotContain("dotnet tool restore", workflow, StringComparison.Ordinal);
            Assert.DoesNotContain("dotnet kb", workflow, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Its_publish_workflow_builds_without_a_cache_it_would_throw_away()
    {
        // A runner starts empty and keeps nothing: with the cache a build writes its packs for no later build
        // (at 10,000 postmortems a cold build with the cache took 1.02-1.14 x one without, bench/README).
        var publish = File.ReadAllText(Path.Combine(Init(), ".github", "workflows", "kb-publish.yml"));

        Assert.Contains("kb build --strict --no-cache --output _site", publish, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_install_action_stops_with_a_message_until_kb_s_repository_is_set()
    {
        var guard = ActionStep.Named(Path.Combine(Init(), ".github", "actions", "install-kb", "action.yml"), "Check that kb's repository is set");

        var unset = Bash(guard.Run, new() { ["KB_REPOSITORY"] = "" });
        var set = Bash(guard.Run, new() { ["KB_REPOSITORY"] = "acme/KnowledgeBase" });

        Assert.Equal(["KB_REPOSITORY"], guard.Environment);
        Assert.Equal(1, unset.ExitCode);
        Assert.StartsWith("::error file=.github/actions/install-kb/action.yml::set 'repository' in .github/actions/install-kb/action.yml to the GitHub repository (owner/name) of KnowledgeBase", unset.Output, StringComparison.Ordinal);
        Assert.Equal(0, set.ExitCode);
        Assert.Equal("", set.Output);
    }

    [Fact]
    public void Its_message_says_what_is_left_to_set_up_for_the_workflows()
    {
        var run = Kb.Run("init", _temp.Combine("kb"));

        Assert.Contains("Before the GitHub workflows can run:\n"
            + "  - set 'repository' in .github/actions/install-kb/action.yml to the GitHub repository (owner/name)\n"
            + "    of KnowledgeBase: the workflows build kb from it, at the commit this kb was built from,\n"
            + $"    {Git("rev-parse", "HEAD")}, which it must hold;\n"
            + "  - push to GitHub, and choose \"GitHub Actions\" as the source in Settings > Pages.\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>The workflows and the action they install kb with: action-validator tells them apart by name.</summary>
    public static TheoryData<string> StarterWorkflows() => [.. Written.Where(f => f.StartsWith(".github/", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(StarterWorkflows))]
    public void Its_workflows_and_their_install_action_are_valid_github_actions_files(string workflow)
    {
        var dir = Init();

        var (exitCode, output) = ActionValidator.Validate(Path.Combine(dir, workflow), dir);

        Assert.True(exitCode == 0, $"{workflow} is not a valid workflow:\n{output}");
    }

    public static TheoryData<string> RepositoryWorkflows() =>
        [.. Directory.GetFiles(Path.Combine(Repo.Root, ".github", "workflows"), "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RepositoryWorkflows))]
    public void The_repository_s_own_workflows_are_valid_github_actions_workflows(string workflow)
    {
        var (exitCode, output) = ActionValidator.Validate(Path.Combine(Repo.Root, ".github", "workflows", workflow), Repo.Root);

        Assert.True(exitCode == 0, $"{workflow} is not a valid workflow:\n{output}");
    }

    [Fact]
    public void The_validator_rejects_a_workflow_that_is_not_valid()
    {
        var workflow = _temp.Combine("broken.yml");
        File.WriteAllText(workflow, "name: broken\non: pull_request\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        run: echo a step cannot both use an action and run a command\n");

        var (exitCode, _) = ActionValidator.Validate(workflow, _temp.Path);

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public void The_validator_rejects_an_action_that_is_not_valid()
    {
        var action = _temp.Combine(".github", "actions", "broken", "action.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(action)!);
        File.WriteAllText(action, "name: broken\ndescription: a composite step must name its shell\nruns:\n  using: composite\n  steps:\n    - run: echo no shell\n");

        var (exitCode, output) = ActionValidator.Validate(action, _temp.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("\"actionType\": \"action\"", output, StringComparison.Ordinal);
    }

    private static string Git(params string[] args)
    {
        var run = Process.Start(new ProcessStartInfo("git", ["-C", Repo.Root, .. args]) { RedirectStandardOutput = true })!;
        var output = run.StandardOutput.ReadToEnd().Trim();
        run.WaitForExit();
        return output;
    }

    private static (int ExitCode, string Output) Bash(string script, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script]) { RedirectStandardOutput = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEnd();
        run.WaitForExit();
        return (run.ExitCode, output);
    }

    private static List<string> Describe(IEnumerable<SeverityLevel> levels) =>
        [.. levels.Select(l => $"{l.Rank} {l.Id} {l.Label} {l.Description} [{string.Join(", ", l.Aliases)}]")];
}
