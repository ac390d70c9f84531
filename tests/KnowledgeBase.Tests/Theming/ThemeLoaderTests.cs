using Fluid;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Tests.Theming;

public sealed class ThemeLoaderTests : IDisposable
{
    /// <summary>The files the repository's theme ships under assets/ (none of them hidden), in ordinal order.</summary>
    private static string[] ShippedAssets =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Theme, "assets")).Select(Path.GetFileName).Select(n => n!).Order(StringComparer.Ordinal)];

    private readonly TempDirectory _theme = new("theme");

    public ThemeLoaderTests() => FileTree.Copy(RepoPaths.Theme, _theme.Path);

    public void Dispose() => _theme.Dispose();

    private (Theme? Theme, DiagnosticBag Diagnostics) Load()
    {
        var diagnostics = new DiagnosticBag();
        return (ThemeLoader.Load(_theme.Path, new ThemeParser(), diagnostics), diagnostics);
    }

    [Fact]
    public void Default_theme_loads_every_required_template_and_its_stylesheet()
    {
        var diagnostics = new DiagnosticBag();

        var theme = ThemeLoader.Load(RepoPaths.Theme, new ThemeParser(), diagnostics);

        Assert.NotNull(theme);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.All(Theme.RequiredTemplates, name => Assert.True(theme.Templates.ContainsKey(name), name));
        Assert.Equal<string>(ShippedAssets, theme.AssetFiles);
        Assert.Contains("style.css", theme.AssetFiles);
        Assert.Equal(Path.GetFullPath(RepoPaths.Theme), theme.Directory);
    }

    [Fact]
    public void Missing_required_template_is_KB5002_naming_it()
    {
        File.Delete(_theme["templates/incident.liquid"]);

        var (_, diagnostics) = Load();

        var error = diagnostics.One("KB5002");
        Assert.Contains("incident.liquid", error.Message, StringComparison.Ordinal);
        Assert.Equal(SourcePosition.Start, error.Position);
        Assert.True(error.IsError);
    }

    [Fact]
    public void Template_with_a_syntax_error_is_KB5002_at_its_line_and_column_in_that_file()
    {
        _theme.Write("templates/home.liquid", "<h1>{{ site.title }}</h1>\n<p>{{ site.description </p>\n");

        var (_, diagnostics) = Load();

        var error = diagnostics.One("KB5002");
        Assert.Equal(_theme["templates/home.liquid"], error.Path);
        Assert.Equal(new SourcePosition(2, 23), error.Position);
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Message.Contains("no 'home.liquid'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_tag_is_KB5002_on_its_line()
    {
        _theme.Write("templates/taxonomy.liquid", "<h1>x</h1>\n<p>{% bogus %}</p>\n");

        var (_, diagnostics) = Load();

        var error = diagnostics.One("KB5002");
        Assert.EndsWith("taxonomy.liquid", error.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("bogus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_block_is_KB5002_with_a_position()
    {
        _theme.Write("templates/term.liquid", "<h1>x</h1>\n{% if term.count > 0 %}\n<p>open</p>\n");

        var (_, diagnostics) = Load();

        var error = diagnostics.One("KB5002");
        Assert.EndsWith("term.liquid", error.Path, StringComparison.Ordinal);
        Assert.True(error.Position.Line >= 2, error.ToString());
    }

    [Fact]
    public void Partial_with_a_syntax_error_is_KB5002_at_its_position()
    {
        _theme.Write("templates/partials/terms.liquid", "x\n{% for a in b %}\n  {{ a \n");

        var (_, diagnostics) = Load();

        var error = diagnostics.One("KB5002");
        Assert.EndsWith("partials/terms.liquid", error.Path, StringComparison.Ordinal);
        Assert.Equal(3, error.Position.Line);
    }

    [Fact]
    public void Theme_without_a_templates_folder_is_KB5002_and_not_loaded()
    {
        Directory.Delete(_theme["templates"], recursive: true);

        var (theme, diagnostics) = Load();

        Assert.Null(theme);
        Assert.Equal(["KB5002"], diagnostics.Codes());
    }

    [Fact]
    public void Assets_are_listed_recursively_in_order_without_dotfiles()
    {
        _theme.Write("assets/js/app.js", "x");
        _theme.Write("assets/img/logo.svg", "x");
        _theme.Write("assets/.DS_Store", "x");
        _theme.Write("assets/.cache/x.css", "x");
        _theme.Write("assets/img/.hidden.png", "x");

        var (theme, _) = Load();

        Assert.Equal<string>([.. ShippedAssets.Append("img/logo.svg").Append("js/app.js").Order(StringComparer.Ordinal)], theme!.AssetFiles);
    }

    [Fact]
    public void Theme_without_assets_has_none()
    {
        Directory.Delete(_theme["assets"], recursive: true);

        var (theme, diagnostics) = Load();

        Assert.Empty(theme!.AssetFiles);
        Assert.Empty(diagnostics.ToSortedList());
    }
}
