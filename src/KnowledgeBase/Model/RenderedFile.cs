namespace KnowledgeBase.Model;

/// <summary>
/// What the render stage hands to analysis: the incident as the site shows it, and its body's plain text,
/// which only analysis reads (for search and similarity). From analysis on, only the incident remains.
/// </summary>
public sealed record RenderedFile(RenderedPostmortem Incident, BodyText Text)
{
    public string Id => Incident.Id;
}
