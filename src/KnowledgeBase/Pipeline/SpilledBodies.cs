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
    /// <summary>Writes the rendered body and its text to the file; the result holds neither in memory.</summary>
    public RenderedFile Keep(RenderedFile rendered) => new(
        rendered.Incident with { BodyHtml = file.Keep(rendered.Incident.BodyHtml) },
        new SpilledText(file, file.Keep(rendered.Text.Read())));

    /// <summary>A text <see cref="Keep"/> wrote to the file, read back when asked for.</summary>
    private sealed class SpilledText(SpillFile file, SpillFile.StoredText where) : BodyText
    {
        public override string Read() => file.ReadText(where);
    }
}
