using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Actions;

/// <summary>One action item with the incident it came from, and whether it is overdue as of the build date.</summary>
public sealed record ActionItemRow(RenderedPostmortem Incident, ActionItem Item, bool Overdue)
{
    /// <summary>The filter words of <c>kb actions --status</c> and of the page: open, in-progress, overdue, done, wont-do.</summary>
    public bool Matches(string status) => status switch
    {
        "overdue" => Overdue,
        "open" => Item.Status == ActionItemStatus.Open,
        "in-progress" => Item.Status == ActionItemStatus.InProgress,
        "done" => Item.Status == ActionItemStatus.Done,
        "wont-do" => Item.Status == ActionItemStatus.WontDo,
        _ => false,
    };
}
