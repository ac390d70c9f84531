using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Building_the_sample_writes_the_site_and_says_what_it_wrote()
    {
        var output = _temp.Combine("site");

        var run = Kb.Run("build", Repo.Input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "sitemap.xml")));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("kb build: wrote ", StringComparison.Ordinal) && l.Contains("0 errors, 0 warnings", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_nobody_watches_each_stage_is_a_plain_line_and_the_summary_tells_pages_postmortems_findings_and_time()
    {
        var output = _temp.Combine("site");

        var run = Kb.Run("build", Repo.Input, "--output", output);

        var lines = run.ErrorLines.ToList();
        Assert.Equal("kb build: reading postmortems", lines[0]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^kb build: rendering \d+ pages$"));
        Assert.All(lines, l => Assert.StartsWith("kb build: ", l, StringComparison.Ordinal));
        Assert.Matches($@"^kb build: wrote \d+ pages for 15 postmortems to {System.Text.RegularExpressions.Regex.Escape(output)} \(0 errors, 0 warnings, \d+\.\d\d s\)$", lines[^1]);
    }

    [Fact]
    public void A_failed_build_exits_non_zero_and_leaves_the_previous_site_untouched()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        var output = _temp.Combine("site");
        Assert.Equal(0, Kb.Run("build", input, "--output", output).ExitCode);
        var before = Hashes.Of(output);
        File.WriteAllText(Path.Combine(input, "broken.md"), "---\ntitle: [unclosed\n---\nBody\n");

        var run = Kb.Run("build", input, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("broken.md:", StringComparison.Ordinal) && l.Contains(": error KB1003", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("nothing was written", StringComparison.Ordinal));
        Assert.Equal(before, Hashes.Of(output));
        Assert.Empty(Directory.EnumerateDirectories(_temp.Path, ".site.*"));
    }

    [Fact]
    public void Strict_turns_warnings_into_errors()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        File.WriteAllText(Path.Combine(input, "undated.md"), "---\ntitle: An undated incident\n---\nBody\n");

        var lenient = Kb.Run("build", input, "--output", _temp.Combine("a"));
        var strict = Kb.Run("build", input, "--output", _temp.Combine("b"), "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains(lenient.ErrorLines, l => l.Contains("undated.md:1:1: warning KB2004", StringComparison.Ordinal));
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.ErrorLines, l => l.Contains("undated.md:1:1: error KB2004", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_temp.Combine("b")));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        var withoutDrafts = _temp.Combine("a");
        var withDrafts = _temp.Combine("b");

        Kb.Run("build", Repo.Input, "--output", withoutDrafts);
        Kb.Run("build", Repo.Input, "--output", withDrafts, "--drafts");

        const string draft = "incidents/2026-10-06-routing-map-provider-timeouts/index.html";
        Assert.False(File.Exists(Path.Combine(withoutDrafts, draft)));
        Assert.True(File.Exists(Path.Combine(withDrafts, draft)));
    }

    [Fact]
    public void Base_url_makes_the_sitemap_absolute()
    {
        var output = _temp.Combine("site");

        Kb.Run("build", Repo.Input, "--output", output, "--base-url", "https://example.org/postmortems");

        var sitemap = File.ReadAllText(Path.Combine(output, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/postmortems/incidents/checkout-pool-exhaustion-2023/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void It_refuses_to_replace_a_folder_it_did_not_write()
    {
        var output = _temp.Combine("documents");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");

        var run = Kb.Run("build", Repo.Input, "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not written by kb build", run.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void It_refuses_an_output_folder_that_holds_the_postmortems()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");

        var same = Kb.Run("build", input, "--output", input);
        var parent = Kb.Run("build", input, "--output", _temp.Path);

        Assert.Equal(2, same.ExitCode);
        Assert.Equal(2, parent.ExitCode);
        Assert.Equal(Directory.GetFiles(Repo.Input).Length, Directory.GetFiles(input).Length);
    }

    [Fact]
    public void A_missing_input_folder_is_a_clear_error()
    {
        var run = Kb.Run("build", _temp.Combine("nowhere"), "--output", _temp.Combine("site"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_copy_is_used_and_reads_unknown_front_matter_keys()
    {
        var theme = _temp.Combine("my-theme");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "theme", "templates"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, "templates", Path.GetRelativePath(Path.Combine(Repo.Root, "theme", "templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var lunr = Path.Combine(theme, "node_modules", "lunr", "lunr.min.js");
        Directory.CreateDirectory(Path.GetDirectoryName(lunr)!);
        File.Copy(Path.Combine(Repo.Root, "theme", "node_modules", "lunr", "lunr.min.js"), lunr);
        var incidentTemplate = Path.Combine(theme, "templates", "incident.liquid");
        File.WriteAllText(incidentTemplate, "<p id=\"company\">{{ incident.extra.company }}</p>\n" + File.ReadAllText(incidentTemplate));
        var input = _temp.Combine("kb");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.md"), "---\ntitle: A\ndate: 2024-01-01\ncompany: <Acme & Co>\n---\nBody\n");
        var output = _temp.Combine("site");

        var run = Kb.Run("build", input, "--output", output, "--theme", theme);

        Assert.Equal(0, run.ExitCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "incidents", "a", "index.html")));
        Assert.Equal("<Acme & Co>", page.QuerySelector("#company")?.TextContent);
        Assert.False(File.Exists(Path.Combine(output, "assets", "style.css")), "the copy has no assets, so none are written");
    }

    [Fact]
    public void A_theme_template_with_a_syntax_error_is_reported_with_its_position()
    {
        var theme = _temp.Combine("broken-theme");
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        foreach (var name in new[] { "layout", "home", "incident", "incidents", "taxonomy", "term", "search", "repeats", "actions", "metrics", "patterns", "404" })
        {
            File.WriteAllText(Path.Combine(theme, "templates", name + ".liquid"), name == "home" ? "<p>\n{% if %}\n" : "{{ content }}");
        }

        var run = Kb.Run("build", Repo.Input, "--output", _temp.Combine("site"), "--theme", theme);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(Path.Combine(theme, "templates", "home.liquid") + ":2:", StringComparison.Ordinal) && l.Contains("error KB5002", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }

    [Fact]
    public void Files_in_static_reach_the_site_root_on_every_build_and_files_added_to_the_output_by_hand_do_not_survive()
    {
        var input = _temp.CopyOf(Repo.Input, "kb");
        Directory.CreateDirectory(Path.Combine(input, "static"));
        File.WriteAllText(Path.Combine(input, "static", "CNAME"), "kb.example.org\n");
        File.WriteAllText(Path.Combine(input, "static", ".nojekyll"), "");
        File.WriteAllText(Path.Combine(input, "static", "notes.md"), "not a postmortem");
        File.WriteAllText(Path.Combine(input, "static", "index.html"), "mine");
        var output = _temp.Combine("site");

        Assert.Equal(0, Kb.Run("build", input, "--output", output).ExitCode);
        File.WriteAllText(Path.Combine(output, "by-hand.txt"), "x");
        var run = Kb.Run("build", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("kb.example.org\n", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.True(File.Exists(Path.Combine(output, ".nojekyll")));
        Assert.True(File.Exists(Path.Combine(output, "notes.md")));
        Assert.NotEqual("mine", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "by-hand.txt")));
        Assert.Contains(run.ErrorLines, l => l.Contains("0 errors, 0 warnings", StringComparison.Ordinal));
    }
}
