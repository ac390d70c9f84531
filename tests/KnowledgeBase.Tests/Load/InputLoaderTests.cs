using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Load;

public sealed class InputLoaderTests : IDisposable
{
    private readonly TempDirectory _input = new("input");
    private readonly TempDirectory _outside = new("outside");

    public void Dispose()
    {
        _input.Dispose();
        _outside.Dispose();
    }

    private (IReadOnlyList<SourceFile> Files, DiagnosticBag Diagnostics) Load(InputLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        return (new InputLoader(limits ?? InputLimits.Default).LoadEach(_input.Path, diagnostics, f => f).Results, diagnostics);
    }

    [Fact]
    public void Files_come_in_ordinal_order_of_their_relative_paths()
    {
        foreach (var name in new[] { "b.md", "sub/a.md", "a.md", "B.md", "a-b.md", "Z.md", "sub/deeper/c.md", "sub-a.md" })
        {
            _input.Write(name, "---\ntitle: " + name + "\n---\n");
        }

        var (files, diagnostics) = Load();

        Assert.Equal(["B.md", "Z.md", "a-b.md", "a.md", "b.md", "sub-a.md", "sub/a.md", "sub/deeper/c.md"], files.Select(f => f.RelativePath));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Each_readable_file_is_handed_over_once_and_the_results_keep_path_order()
    {
        _input.Write("c.md", "---\ntitle: C\n---\n");
        _input.Write("a.md", "---\ntitle: A\n---\n");
        _input.Write("b.md", "---\ntitle: B\n---\n" + new string('x', 200));
        var diagnostics = new DiagnosticBag();
        var handed = new System.Collections.Concurrent.ConcurrentBag<string>();

        var (results, found) = new InputLoader(new InputLimits { MaxFileBytes = 100 }).LoadEach(_input.Path, diagnostics, file =>
        {
            handed.Add(file.RelativePath);
            return file.RelativePath + ":" + file.Text.Length;
        });

        Assert.Equal(["a.md:17", "c.md:17"], results);
        Assert.Equal(3, found);
        Assert.Equal(["a.md", "c.md"], handed.Order(StringComparer.Ordinal));
        Assert.Equal("b.md", Assert.Single(diagnostics.ToSortedList()).Path);
    }

    [Fact]
    public void Source_file_carries_decoded_text_and_full_path()
    {
        var full = _input.WriteBytes("nested/x.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: A\r\n---\r\n"u8]);

        var (files, _) = Load();

        var file = Assert.Single(files);
        Assert.Equal("nested/x.md", file.RelativePath);
        Assert.Equal(full, file.FullPath);
        Assert.Equal("---\ntitle: A\n---\n", file.Text);
        Assert.Equal("x", file.FileNameWithoutExtension);
    }

    [Fact]
    public void Only_markdown_files_are_read_whatever_the_case_of_the_extension()
    {
        _input.Write("a.md", "x");
        _input.Write("b.MD", "x");
        _input.Write("kb.yml", "title: x");
        _input.Write("notes.txt", "x");
        _input.Write("image.png", "x");
        _input.Write("a.md.bak", "x");

        var (files, _) = Load();

        Assert.Equal(["a.md", "b.MD"], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Hidden_folders_hidden_files_and_node_modules_are_skipped()
    {
        _input.Write("kept.md", "x");
        _input.Write(".git/x.md", "x");
        _input.Write(".drafts/y.md", "x");
        _input.Write("sub/.cache/z.md", "x");
        _input.Write(".hidden.md", "x");
        _input.Write("node_modules/pkg/readme.md", "x");
        _input.Write("sub/node_modules/readme.md", "x");
        _input.Write("sub/kept-too.md", "x");

        var (files, _) = Load();

        Assert.Equal(["kept.md", "sub/kept-too.md"], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Link_to_a_file_outside_the_input_folder_is_KB1011_and_not_read()
    {
        var secret = _outside.Write("secret.md", "---\ntitle: secret\n---\n");
        File.CreateSymbolicLink(_input["leak.md"], secret);
        _input.Write("ok.md", "x");

        var (files, diagnostics) = Load();

        Assert.Equal(["ok.md"], files.Select(f => f.RelativePath));
        var error = diagnostics.One("KB1011");
        Assert.Equal("leak.md", error.Path);
        Assert.Equal(SourcePosition.Start, error.Position);
        Assert.True(error.IsError);
    }

    [Fact]
    public void Link_through_a_link_that_ends_outside_is_KB1011()
    {
        var secret = _outside.Write("secret.md", "x");
        File.CreateSymbolicLink(_input["hop.txt"], secret);
        File.CreateSymbolicLink(_input["leak.md"], _input["hop.txt"]);

        var (files, diagnostics) = Load();

        Assert.Empty(files);
        Assert.Equal([("KB1011", 1, 1)], diagnostics.Positions());
    }

    [Fact]
    public void Link_to_a_folder_outside_the_input_folder_does_not_read_its_files()
    {
        _outside.Write("private/secret.md", "---\ntitle: secret\n---\n");
        Directory.CreateSymbolicLink(_input["shared"], _outside["private"]);
        _input.Write("ok.md", "x");

        var (files, _) = Load();

        Assert.DoesNotContain(files, f => f.Text.Contains("secret", StringComparison.Ordinal));
        Assert.Contains(files, f => f.RelativePath == "ok.md");
    }

    [Fact]
    public void Link_to_a_file_inside_the_input_folder_is_read()
    {
        _input.Write("real/x.md", "---\ntitle: real\n---\n");
        File.CreateSymbolicLink(_input["alias.md"], _input["real/x.md"]);

        var (files, diagnostics) = Load();

        Assert.Equal(["alias.md", "real/x.md"], files.Select(f => f.RelativePath));
        Assert.All(files, f => Assert.Equal("---\ntitle: real\n---\n", f.Text));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Relative_link_inside_the_input_folder_is_read()
    {
        _input.Write("real/x.md", "content");
        File.CreateSymbolicLink(_input["alias.md"], "real/x.md");

        var (files, diagnostics) = Load();

        Assert.Equal(2, files.Count);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Broken_link_is_KB1011()
    {
        File.CreateSymbolicLink(_input["dangling.md"], _input["missing.md"]);

        var (files, diagnostics) = Load();

        Assert.Empty(files);
        Assert.Equal(["KB1011"], diagnostics.Codes());
    }

    [Fact]
    public void File_over_the_size_limit_is_KB1009_and_not_read()
    {
        _input.Write("big.md", new string('x', 101));
        _input.Write("fits.md", new string('x', 100));

        var (files, diagnostics) = Load(new InputLimits { MaxFileBytes = 100 });

        Assert.Equal(["fits.md"], files.Select(f => f.RelativePath));
        var error = diagnostics.One("KB1009");
        Assert.Equal("big.md", error.Path);
        Assert.Equal(SourcePosition.Start, error.Position);
    }

    [Fact]
    public void Size_limit_applies_to_the_file_a_link_leads_to()
    {
        _input.Write("data/big.txt", new string('x', 1000));
        File.CreateSymbolicLink(_input["small-looking.md"], _input["data/big.txt"]);

        var (files, diagnostics) = Load(new InputLimits { MaxFileBytes = 100 });

        Assert.Empty(files);
        Assert.Equal([("KB1009", 1, 1)], diagnostics.Positions());
    }

    [Fact]
    public void Empty_folder_is_a_KB1010_warning()
    {
        _input.Write("kb.yml", "title: x");

        var (files, diagnostics) = Load();

        Assert.Empty(files);
        var warning = diagnostics.One("KB1010");
        Assert.False(warning.IsError);
        Assert.Equal(".", warning.Path);
        Assert.Equal(SourcePosition.Start, warning.Position);
    }

    [Fact]
    public void More_files_than_the_limit_is_an_error_and_nothing_is_read()
    {
        _input.Write("a.md", "x");
        _input.Write("b.md", "x");
        _input.Write("c.md", "x");

        var (files, diagnostics) = Load(new InputLimits { MaxFiles = 2 });

        Assert.Empty(files);
        Assert.True(diagnostics.HasErrors);
        Assert.Equal(["KB1009"], diagnostics.Codes());
    }

    [Fact]
    public void File_with_invalid_UTF8_is_KB1008_and_the_others_are_still_read()
    {
        _input.WriteBytes("bad.md", [(byte)'-', (byte)'-', (byte)'-', (byte)'\n', 0xFF]);
        _input.Write("good.md", "x");

        var (files, diagnostics) = Load();

        Assert.Equal(["good.md"], files.Select(f => f.RelativePath));
        Assert.Equal([("KB1008", 2, 1)], diagnostics.Positions());
        Assert.Equal("bad.md", diagnostics.One("KB1008").Path);
    }

    [Theory]
    [InlineData("/kb/input", "/kb/input/a.md", true)]
    [InlineData("/kb/input", "/kb/input/sub/../a.md", true)]
    [InlineData("/kb/input", "/kb/input-other/a.md", false)]
    [InlineData("/kb/input", "/kb/input/../secret.md", false)]
    [InlineData("/kb/input", "/kb/input", false)]
    [InlineData("/kb/input/", "/kb/input/a.md", true)]
    public void IsInside_compares_whole_path_segments(string root, string path, bool inside)
    {
        Assert.Equal(inside, InputLoader.IsInside(root, path));
    }

    [Fact]
    public void A_readme_at_the_root_and_in_sub_folders_is_skipped_without_a_finding()
    {
        _input.Write("README.md", "# Our postmortems\n\nHow to write one: copy TEMPLATE.md.\n");
        _input.Write("2024/README.md", "Postmortems of 2024.\n");
        _input.Write("LICENSE.md", "MIT\n");
        _input.Write("2024/db-outage.md", "---\ntitle: DB\n---\n");

        var (files, diagnostics) = Load();

        Assert.Equal(["2024/db-outage.md"], files.Select(f => f.RelativePath));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Globs_of_kb_yml_choose_the_postmortems()
    {
        _input.Write("incidents/a.md", "---\ntitle: A\n---\n");
        _input.Write("incidents/TEMPLATE.md", "---\ntitle: T\n---\n");
        _input.Write("docs/guide.md", "# Guide\n");
        var selection = new FileSelection { Include = ["incidents/**"], Exclude = ["**/TEMPLATE.md"] };
        var diagnostics = new DiagnosticBag();

        var files = new InputLoader(InputLimits.Default, selection).LoadEach(_input.Path, diagnostics, f => f).Results;

        Assert.Equal(["incidents/a.md"], files.Select(f => f.RelativePath));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_site_kb_built_inside_the_input_is_not_read_wherever_it_is()
    {
        _input.Write("a.md", "---\ntitle: A\n---\n");
        _input.Write("public/.kb-site", "");
        _input.Write("public/notes.md", "not a postmortem");
        _input.Write("out/x.md", "not a postmortem either");
        var diagnostics = new DiagnosticBag();

        var files = new InputLoader(InputLimits.Default, outputDirectory: _input["out"]).LoadEach(_input.Path, diagnostics, f => f).Results;

        Assert.Equal(["a.md"], files.Select(f => f.RelativePath));
    }
}
