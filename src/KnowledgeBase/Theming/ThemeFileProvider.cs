using System.Collections.Immutable;
using System.Text;
using Fluid;

namespace KnowledgeBase.Theming;

/// <summary>
/// The theme's template files as <see cref="ThemeLoader"/> read them, for Fluid's <c>{% render %}</c>.
/// A physical provider asks the file system about every partial every time a page renders one
/// (tens of thousands of stat calls on a large site); this answers from memory, and every page of a
/// build sees the same templates even if the theme is edited while the build runs.
/// </summary>
/// <param name="sources">Template text by path relative to the templates folder, with forward slashes and the extension.</param>
public sealed class ThemeFileProvider(ImmutableDictionary<string, string> sources) : ITemplateFileProvider
{
    // Fluid's template cache keys parsed partials by path and modification time; one fixed time keeps them cached.
    private static readonly DateTimeOffset Snapshot = DateTimeOffset.UnixEpoch;

    private readonly ImmutableDictionary<string, TemplateSourceInfo> files = sources.ToImmutableDictionary(
        s => s.Key, s => File(s.Key, Encoding.UTF8.GetBytes(s.Value)), StringComparer.Ordinal);

    /// <summary>The template at <paramref name="subpath"/>, or null when the theme has none there.</summary>
    public TemplateSourceInfo? GetFileInfo(string subpath) =>
        files.TryGetValue(subpath.Replace('\\', '/').TrimStart('/'), out var file) ? file : null;

    public ValueTask<TemplateSourceInfo> GetFileInfoAsync(string subpath, TemplateContext context, CancellationToken cancellationToken) =>
        new(GetFileInfo(subpath)!);

    private static TemplateSourceInfo File(string path, byte[] content) =>
        new(Snapshot, _ => new ValueTask<Stream>(new MemoryStream(content, writable: false)), path);
}
