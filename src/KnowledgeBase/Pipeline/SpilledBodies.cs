using System.Collections.Concurrent;
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
    /// <summary>Where each postmortem's text was written, by source path (unique, unlike ids before validation's report).</summary>
    private readonly ConcurrentDictionary<string, SpillFile.StoredText> _texts = new(StringComparer.Ordinal);

    /// <summary>Writes the rendered body and its text to the file; the result holds neither in memory.</summary>
    public RenderedPostmortem Keep(RenderedPostmortem rendered)
    {
        _texts[rendered.Postmortem.SourcePath] = file.Keep(rendered.BodyText);
        return rendered with { BodyHtml = file.Keep(rendered.BodyHtml), BodyText = "" };
    }

    /// <summary>The plain text <see cref="Keep"/> wrote for this postmortem.</summary>
    public string BodyText(RenderedPostmortem rendered) => file.ReadText(_texts[rendered.Postmortem.SourcePath]);
}
