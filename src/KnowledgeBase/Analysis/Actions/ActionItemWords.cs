using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Actions;

/// <summary>
/// The words for an action item's state, with the one meaning each has on every page and in
/// <c>kb actions --status</c>. "Open" is the work not finished yet: status open or in progress. "In
/// progress" and "overdue" (open past its due date) are parts of the open work, not states beside it.
/// "Done" and "won't do" are closed. So open + done + won't do is every item, and a reader who adds the
/// numbers shown side by side gets the total.
/// </summary>
public static class ActionItemWords
{
    public const string Open = "open";
    public const string InProgress = "in-progress";
    public const string Overdue = "overdue";
    public const string Done = "done";
    public const string WontDo = "wont-do";

    public static readonly ImmutableArray<string> All = [Open, InProgress, Overdue, Done, WontDo];

    /// <param name="overdue">Whether the item is overdue as of the date it is looked at (see <see cref="ActionItem.IsOverdue"/>).</param>
    public static bool Describe(string word, ActionItem item, bool overdue) => word switch
    {
        Open => !item.IsClosed,
        InProgress => item.Status == ActionItemStatus.InProgress,
        Overdue => overdue,
        Done => item.Status == ActionItemStatus.Done,
        WontDo => item.Status == ActionItemStatus.WontDo,
        _ => false,
    };
}
