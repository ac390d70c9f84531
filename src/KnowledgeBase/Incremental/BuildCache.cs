using KnowledgeBase.Analysis;

namespace KnowledgeBase.Incremental;

/// <summary>
/// What a build keeps for the next one: the renderings of postmortem bodies, each incident's analysed
/// words, the rendered pages and, in memory only, the front-matter already read.
/// <c>kb build</c> keeps it in <c>.kb-cache/NAME/</c> beside the output folder <c>NAME</c>; <c>kb serve</c>
/// in memory. Either way a build that uses it writes the same bytes as one that does not.
/// </summary>
public sealed class BuildCache
{
    /// <param name="folder">Where the cache persists between runs; null keeps it in memory only.</param>
    public BuildCache(string? folder = null)
    {
        Bodies = new RenderCache(folder is null ? null : Path.Combine(folder, "bodies"));
        Pages = new PageCache(folder);
        Analysis = new CachingDocumentAnalyser(new DocumentAnalyser(), folder is null ? null : Path.Combine(folder, "analysis"));
        Parsed = folder is null ? new ParseMemo() : null;
        OnDisk = folder is not null;
    }

    /// <summary>Whether the cache lives on disk (<c>kb build</c>): then it holds no build's bodies in memory.</summary>
    public bool OnDisk { get; }

    /// <summary>Front-matter already read, in memory only.</summary>
    public ParseMemo? Parsed { get; }

    /// <summary>Per-document search and similarity analysis.</summary>
    public CachingDocumentAnalyser Analysis { get; }

    public RenderCache Bodies { get; }

    public PageCache Pages { get; }

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
        Pages.KeepOnlyUsed();
        Analysis.KeepOnlyUsedFiles();
    }
}
