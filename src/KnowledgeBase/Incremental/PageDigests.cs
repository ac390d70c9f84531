using System.Security.Cryptography;

namespace KnowledgeBase.Incremental;

/// <summary>
/// What <c>kb build</c> remembers of the pages it wrote: under each page's <see cref="PageFingerprint"/>,
/// the SHA-256 of the bytes it rendered to, in one <see cref="CachePack"/> (<c>pages.pack</c>). The pages
/// themselves are the site's: the next build finds them in the output folder (see <see cref="ReusingPageRenderer"/>).
/// </summary>
public sealed class PageDigests(CachePack pack) : IDisposable
{
    /// <summary>The digest of the bytes the last build rendered the page of this fingerprint to.</summary>
    public bool TryGet(string fingerprint, out byte[] digest) =>
        pack.TryReadPrevious(fingerprint, out digest) && digest.Length == SHA256.HashSizeInBytes;

    /// <summary>Remembers, for the next build, what the page of this fingerprint rendered to.</summary>
    public void Put(string fingerprint, byte[] digest) => pack.Put(fingerprint, digest);

    /// <summary>After a build that wrote its site: keeps what it put, and only that.</summary>
    public void KeepOnlyUsed() => pack.Commit();

    public void Dispose() => pack.Dispose();
}
