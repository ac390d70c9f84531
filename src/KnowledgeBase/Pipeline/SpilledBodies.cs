using KnowledgeBase.Model;
using KnowledgeBase.Output;

namespace KnowledgeBase.Pipeline;

/// <summary>
/// A one-off build's rendered bodies, kept in a <see cref="SpillFile"/> instead of memory: the HTML until
/// the incident pages are written, the plain text until analysis has read it. Between rendering and
/// writing they are most of a large knowledge base's data, and nothing reads them in between.
/// </summary>
internal sealed class SpilledBodies(SpillFile file)
{
    /// <summary>
    /// Writes the rendered body and its text to the file; the result holds neither in memory. A body the
    /// build's cache already keeps on disk (see <c>Incremental.CachePack</c>) is not written twice.
    /// </summary>
    public RenderedFile Keep(RenderedFile rendered)
    {
        if (rendered.Incident.BodyHtml.IsStored && rendered.Text.IsStored)
        {
            return rendered;
        }

        return new(rendered.Incident with { BodyHtml = file.Keep(rendered.Incident.BodyHtml) }, file.Keep(rendered.Text.Read()));
    }
}
