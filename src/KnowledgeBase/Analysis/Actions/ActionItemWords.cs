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
public enum ActionWord
{
    Open,
    InProgress,
    Overdue,
    Done,
    WontDo,
}

public static class ActionItemWords
{
    public static readonly ImmutableArray<ActionWord> All = [ActionWord.Open, ActionWord.InProgress, ActionWord.Overdue, ActionWord.Done, ActionWord.WontDo];

    /// <summary>The word as users type it: a status's own spelling in front-matter, or "overdue".</summary>
    public static string Spelling(this ActionWord word) => word switch
    {
        ActionWord.Open => ActionItemStatus.Open.Name(),
        ActionWord.InProgress => ActionItemStatus.InProgress.Name(),
        ActionWord.Overdue => "overdue",
        ActionWord.Done => ActionItemStatus.Done.Name(),
        ActionWord.WontDo => ActionItemStatus.WontDo.Name(),
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, null),
    };

    /// <summary>The word spelled so; null for any other text.</summary>
    public static ActionWord? Parse(string spelling) => All.Cast<ActionWord?>().FirstOrDefault(w => w!.Value.Spelling() == spelling);

    /// <param name="overdue">Whether the item is overdue as of the date it is looked at (see <see cref="ActionItem.IsOverdue"/>).</param>
    public static bool Describes(this ActionWord word, ActionItem item, bool overdue) => word switch
    {
        ActionWord.Open => !item.IsClosed,
        ActionWord.InProgress => item.Status == ActionItemStatus.InProgress,
        ActionWord.Overdue => overdue,
        ActionWord.Done => item.Status == ActionItemStatus.Done,
        ActionWord.WontDo => item.Status == ActionItemStatus.WontDo,
        _ => false,
    };
}
