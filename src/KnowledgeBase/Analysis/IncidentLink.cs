using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>A link from one incident page to another, with the reason it is there.</summary>
public sealed record IncidentLink(RenderedPostmortem Target, LinkKind Kind)
{
    public string Reason => Kind switch
    {
        LinkKind.Related => "listed as related",
        LinkKind.RelatedFrom => "lists this incident as related",
        LinkKind.RepeatOf => "this incident is a repeat of it",
        _ => "a repeat of this incident",
    };
}
