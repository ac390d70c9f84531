using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Actions;

/// <summary>One action item with the incident it came from, and whether it is overdue as of the build date.</summary>
public sealed record ActionItemRow(Postmortem Incident, ActionItem Item, bool Overdue)
{
    /// <summary>Whether a word of <see cref="ActionItemWords"/> (the filter of <c>kb actions --status</c>) describes this item.</summary>
    public bool Matches(ActionWord word) => word.Describes(Item, Overdue);
}
