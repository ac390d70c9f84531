using KnowledgeBase.Analysis;

namespace KnowledgeBase.Incremental;

/// <summary>
/// What a build keeps for the next one: the renderings of postmortem bodies, each incident's analysed
/// words and what each page rendered to; in memory only, also the front-matter already read and the
/// rendered pages themselves.
/// <c>kb build</c> keeps it in <c>.kb-cache/NAME/</c> beside the output folder <c>NAME</c>, a pack file per
/// stage (see <see cref="CachePack"/>); <c>kb serve</c> in memory. Either way a build that uses it writes
/// the same bytes as one that does not.
/// </summary>
/// <remarks>
/// <c>kb build</c> keeps no page, only its digest under its fingerprint (see <see cref="PageDigests"/>):
/// the page itself is in the site the build replaces. A fingerprint used to be the page's view as JSON,
/// which cost about what rendering the page did (at 10,000 postmortems the page stage took 6.5 s with
/// that cache and 3.6 s without); <see cref="ViewDigest"/> reads the view without serializing it.
/// </remarks>
public sealed class BuildCache : IDisposable
{
    /// <summary>What a cache of an older kb left in the folder: entries one file each.</summary>
    private static readonly string[] OlderLayout = ["bodies", "analysis", "pages.json"];

    private readonly Lazy<RenderCache> _bodies;
    private readonly Lazy<CachingDocumentAnalyser> _analysis;
    private readonly Lazy<PageDigests?> _pageDigests;

    /// <param name="folder">
    /// Where the cache persists between runs; null keeps it in memory only. Nothing there is touched before
    /// a stage asks for its part: by then the build has taken its output (see <c>Output.OutputLock</c>), so
    /// two builds never share a cache folder.
    /// </param>
    public BuildCache(string? folder = null)
    {
        var prepared = new Lazy<string?>(() =>
        {
            if (folder is not null)
            {
                RemoveOlderLayout(folder);
            }

            return folder;
        });
        CachePack? Open(string name) => prepared.Value is { } path ? CachePack.Open(Path.Combine(path, name)) : null;
        _bodies = new(() => new RenderCache(Open("bodies.pack")));
        _analysis = new(() => new CachingDocumentAnalyser(new DocumentAnalyser(), Open("analysis.pack")));
        _pageDigests = new(() => Open("pages.pack") is { } pack ? new PageDigests(pack) : null);
        Pages = folder is null ? new PageCache() : null;
        Parsed = folder is null ? new ParseMemo() : null;
        OnDisk = folder is not null;
        SpareSite = folder is null ? null : Path.Combine(folder, "spare-site");
    }

    /// <summary>
    /// Where <c>kb build</c> keeps the site it replaced, to write the next one into (see
    /// <c>Output.SpareSite</c>); null for a cache in memory.
    /// </summary>
    public string? SpareSite { get; }

    /// <summary>Whether the cache lives on disk (<c>kb build</c>): then it holds no build's bodies in memory.</summary>
    public bool OnDisk { get; }

    /// <summary>Front-matter already read, in memory only.</summary>
    public ParseMemo? Parsed { get; }

    /// <summary>Per-document search and similarity analysis.</summary>
    public CachingDocumentAnalyser Analysis => _analysis.Value;

    public RenderCache Bodies => _bodies.Value;

    /// <summary>Rendered pages, in memory only (<c>kb serve</c>); null on disk.</summary>
    public PageCache? Pages { get; }

    /// <summary>What each page of the last build rendered to, on disk only (<c>kb build</c>); null in memory.</summary>
    public PageDigests? PageDigests => _pageDigests.Value;

    /// <summary>The folder beside the output that <c>kb build</c> uses: <c>.kb-cache/NAME</c> next to <c>NAME</c>.</summary>
    public static string FolderFor(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output) ?? output, ".kb-cache", Path.GetFileName(output));
    }

    /// <summary>After a build that wrote its site: forget what it did not use.</summary>
    public void KeepOnlyUsed()
    {
        Bodies.KeepOnlyUsed();
        Pages?.KeepOnlyUsed();
        Analysis.KeepOnlyUsed();
        if (_pageDigests.IsValueCreated)
        {
            _pageDigests.Value?.KeepOnlyUsed();
        }
    }

    /// <summary>Closes the packs; a build that did not reach <see cref="KeepOnlyUsed"/> leaves the previous ones as they were.</summary>
    public void Dispose()
    {
        if (_bodies.IsValueCreated)
        {
            _bodies.Value.Dispose();
        }

        if (_analysis.IsValueCreated)
        {
            _analysis.Value.Dispose();
        }

        if (_pageDigests.IsValueCreated)
        {
            _pageDigests.Value?.Dispose();
        }
    }

    /// <summary>An older kb's entries, one file each, would lie there unused for good: they go.</summary>
    private static void RemoveOlderLayout(string folder)
    {
        foreach (var name in OlderLayout)
        {
            var path = Path.Combine(folder, name);
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    CacheFiles.TryDelete(path);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
