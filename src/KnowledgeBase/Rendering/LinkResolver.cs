using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Rendering;

/// <summary>
/// Resolves a relative link written in one postmortem the way a Markdown preview on GitHub would
/// (relative to that file's folder), then maps it to its place in the site: a link to another
/// postmortem's <c>.md</c> file becomes a link to its page.
/// </summary>
public sealed class LinkResolver
{
    private readonly string _inputRoot;
    private readonly ImmutableDictionary<string, string> _pageBySource;
    private readonly ImmutableHashSet<string> _excludedSources;

    /// <summary>Told of each look at the input folder (see <see cref="Watched"/>); null when nobody asks.</summary>
    private readonly ICollection<FileProbe>? _seen;

    /// <param name="pageBySource">Output page path by source path, for every postmortem in the site.</param>
    /// <param name="excludedSources">Source paths of postmortems left out of the site.</param>
    public LinkResolver(string inputRoot, ImmutableDictionary<string, string> pageBySource, ImmutableHashSet<string> excludedSources)
    {
        _inputRoot = Path.GetFullPath(inputRoot);
        _pageBySource = pageBySource;
        _excludedSources = excludedSources;
    }

    private LinkResolver(LinkResolver other, ICollection<FileProbe> seen)
    {
        _inputRoot = other._inputRoot;
        _pageBySource = other._pageBySource;
        _excludedSources = other._excludedSources;
        _seen = seen;
    }

    /// <summary>
    /// The same resolver, telling <paramref name="seen"/> of each look at the input folder an answer
    /// depended on: what a cache must check again before it reuses a rendering.
    /// </summary>
    public LinkResolver Watched(ICollection<FileProbe> seen) => new(this, seen);

    /// <summary>True for a URL with a scheme (<c>https:</c>, <c>javascript:</c>) or a host (<c>//cdn</c>).</summary>
    public static bool IsAbsolute(string url) => UrlSafety.SchemeOf(url) is not null || url.StartsWith("//", StringComparison.Ordinal);

    public LinkTarget Resolve(string fromSourcePath, string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var pathPart = cut < 0 ? url : url[..cut];
        var fragment = cut < 0 || url[cut] != '#' ? "" : url[cut..];
        var decoded = Uri.UnescapeDataString(pathPart).Replace('\\', '/');
        // No file name holds a control character; the file system would refuse a NUL outright.
        if (decoded.Any(char.IsControl))
        {
            return new LinkTarget.Missing(decoded);
        }

        var baseFolder = decoded.StartsWith('/') ? "" : ParentOf(fromSourcePath);
        var resolved = Normalize(baseFolder + "/" + decoded.TrimStart('/'));
        if (resolved is null)
        {
            return new LinkTarget.Missing(decoded);
        }

        if (_pageBySource.TryGetValue(resolved, out var page))
        {
            return new LinkTarget.Page(page, fragment);
        }

        if (_excludedSources.Contains(resolved))
        {
            return new LinkTarget.Excluded(resolved);
        }

        if (resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || resolved.Equals(Configuration.ConfigReader.FileName, StringComparison.Ordinal))
        {
            return new LinkTarget.Missing(resolved);
        }

        var probe = Probe(resolved);
        _seen?.Add(probe);
        return probe switch
        {
            { Servable: false } => new LinkTarget.Missing(resolved),
            { ActiveReason: { } reason } => new LinkTarget.Active(resolved, reason),
            _ => new LinkTarget.Attachment(resolved, SitePaths.Attachment(resolved), fragment),
        };
    }

    /// <summary>What the input folder says of a file a link names: whether it can be published, and if not, why.</summary>
    public FileProbe Probe(string relativePath)
    {
        var servable = IsServable(relativePath);
        return new FileProbe(relativePath, servable, servable ? ActiveContent.Reason(Path.Combine(_inputRoot, relativePath)) : null);
    }

    /// <summary>The file exists and, with every link on its way, lies inside the input folder.</summary>
    public bool IsServable(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_inputRoot, relativePath));
        // Only a regular file: a FIFO would hang the copy, and a link that loops or leads nowhere is a missing file.
        return Load.RegularFile.Is(full) && LeadsInside(full);
    }

    /// <summary>
    /// What the answers depend on besides the disk: which source file becomes which page, and which are
    /// left out. Equal fingerprints resolve every link alike.
    /// </summary>
    public string Fingerprint()
    {
        var text = new System.Text.StringBuilder();
        foreach (var (source, page) in _pageBySource.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("page\0").Append(source).Append('\0').Append(page).Append('\n');
        }

        foreach (var source in _excludedSources.Order(StringComparer.Ordinal))
        {
            text.Append("excluded\0").Append(source).Append('\n');
        }

        return text.Append("root\0").Append(_inputRoot).ToString();
    }

    /// <summary>
    /// The file, and wherever links along its path lead, stays inside the input folder: a link must not
    /// copy a file from elsewhere on the machine into a published site.
    /// </summary>
    private bool LeadsInside(string full)
    {
        try
        {
            return Load.InputLoader.IsInside(_inputRoot, full) && Load.RealPath.IsWithin(Load.RealPath.Of(_inputRoot), Load.RealPath.Of(full));
        }
        catch (IOException)
        {
            // Links that loop, made since the file was looked at.
            return false;
        }
    }

    private static string ParentOf(string sourcePath)
    {
        var slash = sourcePath.LastIndexOf('/');
        return slash < 0 ? "" : sourcePath[..slash];
    }

    /// <summary>Folds <c>.</c> and <c>..</c>; null when the path climbs above the input folder or names a hidden file.</summary>
    private static string? Normalize(string path)
    {
        var stack = new List<string>();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (stack.Count == 0)
                {
                    return null;
                }

                stack.RemoveAt(stack.Count - 1);
                continue;
            }

            if (segment.StartsWith('.'))
            {
                return null;
            }

            stack.Add(segment);
        }

        return stack.Count == 0 ? null : string.Join('/', stack);
    }
}
