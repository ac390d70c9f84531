using KnowledgeBase.Theming;

namespace KnowledgeBase.Incremental;

/// <summary>
/// The theme stage with a memory (<c>kb serve</c>): a page whose <see cref="PageFingerprint"/> is unchanged
/// since the last build is reused, any other rendered and remembered.
/// </summary>
public sealed class CachingPageRenderer(PageRenderer renderer, PageCache cache, PageFingerprint fingerprints)
{
    public byte[] Render(PlannedPage page, string? baseUrl)
    {
        var fingerprint = fingerprints.Of(page);
        if (cache.TryGet(page.Path, fingerprint, out var kept))
        {
            return kept;
        }

        var content = renderer.RenderUtf8(page, baseUrl);
        cache.Put(page.Path, fingerprint, content);

        return content;
    }
}
