using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Incremental;

/// <summary>
/// The render stage with a memory: a postmortem whose key (see <see cref="RenderKey"/>) is in the cache,
/// and whose links still find the same files, reuses its rendering and replays its findings; any other
/// is rendered and remembered. Either way the result is the one a clean build gives.
/// </summary>
public sealed class CachingRenderer(PostmortemRenderer renderer, LinkResolver links, RenderCache cache, RenderKey keys)
{
    public RenderedFile? Render(Postmortem postmortem, DiagnosticBag diagnostics)
    {
        var key = keys.For(postmortem);
        if (cache.TryGet(key, out var cached) && cached.Probes.All(p => links.Probe(p.Path) == p))
        {
            diagnostics.AddRange(cached.Diagnostics);

            return RenderedFile.Of(postmortem, cached.BodyHtml, cached.Summary, cached.Attachments, cached.Text);
        }

        var own = new DiagnosticBag();
        // The files its links name, as they were: a later build reuses the rendering only while they still are.
        var probes = new List<FileProbe>();
        var rendered = renderer.With(links.Watched(probes)).Render(postmortem, own);
        var findings = own.ToSortedList();
        diagnostics.AddRange(findings);

        if (rendered is null)
        {
            return null;
        }

        // What the cache kept is handed on (read from its pack on disk), so the build need not hold the body.
        var kept = cache.Put(key, new CachedRender(rendered.Incident.BodyHtml, rendered.Incident.Summary, rendered.Text, rendered.Incident.Attachments, findings, probes));
        return new RenderedFile(rendered.Incident with { BodyHtml = kept.BodyHtml }, kept.Text);
    }
}
