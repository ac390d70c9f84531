using System.Security.Cryptography;

namespace KnowledgeBase.Analysis.Search;

/// <summary>A generated file of the site: where it goes (relative to the site root) and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    /// <summary>
    /// <paramref name="stem"/>, a hash of the content, and <paramref name="extension"/>:
    /// <c>search/index.3f9a0c12d4.json</c>. A changed file gets a new name, so a cached one is never stale.
    /// </summary>
    public static SiteFile Hashed(string stem, string extension, byte[] content) =>
        new($"{stem}.{Convert.ToHexStringLower(SHA256.HashData(content))[..10]}{extension}", content);
}
