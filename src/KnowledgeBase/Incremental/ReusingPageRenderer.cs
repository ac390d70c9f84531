using System.Security.Cryptography;
using KnowledgeBase.Output;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Incremental;

/// <summary>
/// The theme stage of <c>kb build</c> with its cache: a page whose fingerprint the last build recorded is
/// taken from the site that build wrote, when the file there still holds the bytes recorded for it;
/// any other page is rendered, and its digest recorded for the next build.
/// </summary>
/// <remarks>
/// After a one-file edit most pages render to the bytes they had (an edit reaches its own page, the pages
/// that list it and those whose similar incidents it changes), and rendering was most of a warm build's page
/// stage. The output folder is only read, through <see cref="PreviousSite"/>'s rules: a page edited by hand
/// there, or replaced by a link, does not match its digest and is rendered again.
/// </remarks>
/// <param name="previous">The site the build replaces; null when there is none kb wrote (then every page is rendered).</param>
internal sealed class ReusingPageRenderer(Func<PlannedPage, string?, byte[]> render, PageDigests digests, PageFingerprint fingerprints, PreviousSite? previous)
{
    public byte[] Render(PlannedPage page, string? baseUrl)
    {
        var fingerprint = fingerprints.Of(page);
        if (previous is not null && digests.TryGet(fingerprint, out var digest) && previous.TryRead(page.Path, digest) is { } kept)
        {
            digests.Put(fingerprint, digest);
            return kept;
        }

        var content = render(page, baseUrl);
        digests.Put(fingerprint, SHA256.HashData(content));
        return content;
    }
}
