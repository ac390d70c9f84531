using Fluid;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Tests.Theming;

/// <summary>Partials are rendered from the theme as it was loaded, not read from disk for every page.</summary>
public sealed class ThemeFileProviderTests : IDisposable
{
    private readonly TempDirectory _theme = new("theme");

    public ThemeFileProviderTests() => FileTree.Copy(RepoPaths.Theme, _theme.Path);

    public void Dispose() => _theme.Dispose();

    private static string Read(TemplateSourceInfo file) => file.ReadToEndAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    [Fact]
    public void A_partial_edited_after_the_theme_loaded_renders_as_it_was_loaded()
    {
        var partial = Path.Combine(_theme.Path, "templates", "partials", "terms.liquid");
        var loadedText = File.ReadAllText(partial).Replace("\r\n", "\n", StringComparison.Ordinal);
        var theme = ThemeLoader.Load(_theme.Path, new ThemeParser(), new DiagnosticBag())!;

        File.WriteAllText(partial, "edited while the build runs");
        var file = new ThemeFileProvider(theme.Sources).GetFileInfo("partials/terms.liquid");

        Assert.NotNull(file);
        Assert.Equal(loadedText, Read(file));
    }

    [Fact]
    public void Every_template_is_there_by_its_path_under_templates_with_one_modification_time()
    {
        var theme = ThemeLoader.Load(_theme.Path, new ThemeParser(), new DiagnosticBag())!;
        var provider = new ThemeFileProvider(theme.Sources);

        var expected = Directory.EnumerateFiles(Path.Combine(_theme.Path, "templates"), "*.liquid", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(_theme.Path, "templates"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, theme.Sources.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Single(expected.Select(p => provider.GetFileInfo(p)!).Select(f => f.LastModified).Distinct());
        Assert.Null(provider.GetFileInfo("partials/missing.liquid"));
        Assert.Null(provider.GetFileInfo("partials/terms"));
    }
}
