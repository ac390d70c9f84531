using System.Collections.Immutable;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace KnowledgeBase.Theming;

/// <summary>
/// The theme's template files as <see cref="ThemeLoader"/> read them, for Fluid's <c>{% render %}</c>.
/// A physical provider asks the file system about every partial every time a page renders one
/// (tens of thousands of stat calls on a large site); this answers from memory, and every page of a
/// build sees the same templates even if the theme is edited while the build runs.
/// </summary>
/// <param name="sources">Template text by path relative to the templates folder, with forward slashes and the extension.</param>
public sealed class ThemeFileProvider(ImmutableDictionary<string, string> sources) : IFileProvider
{
    // Fluid's template cache keys parsed partials by path and modification time; one fixed time keeps them cached.
    private static readonly DateTimeOffset Snapshot = DateTimeOffset.UnixEpoch;

    private readonly ImmutableDictionary<string, IFileInfo> files = sources.ToImmutableDictionary(
        s => s.Key, s => (IFileInfo)new TemplateFile(s.Key, Encoding.UTF8.GetBytes(s.Value)), StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) =>
        files.TryGetValue(subpath.Replace('\\', '/').TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class TemplateFile(string path, byte[] content) : IFileInfo
    {
        public bool Exists => true;
        public long Length => content.Length;
        public string? PhysicalPath => null;
        public string Name => Path.GetFileName(path);
        public DateTimeOffset LastModified => Snapshot;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(content, writable: false);
    }
}
