using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Actions;

/// <summary>
/// How many action items each word of <see cref="ActionItemWords"/> describes, as of one date: the numbers
/// of the home page, the actions page, each incident page and <c>kb actions</c>. <see cref="Open"/> +
/// <see cref="Done"/> + <see cref="WontDo"/> = <see cref="Total"/>; <see cref="InProgress"/> and
/// <see cref="Overdue"/> are parts of <see cref="Open"/> (an item can be both).
/// </summary>
public sealed record ActionCounts(int Total, int Open, int InProgress, int Overdue, int Done, int WontDo)
{
    public static ActionCounts Of(IEnumerable<ActionItem> items, DateOnly asOf) =>
        Of(items.Select(i => (i, i.IsOverdue(asOf))));

    /// <summary>Items whose overdue flag is already known (the rows of an <see cref="ActionItemReport"/>).</summary>
    public static ActionCounts Of(IEnumerable<(ActionItem Item, bool Overdue)> items)
    {
        int total = 0, open = 0, inProgress = 0, overdue = 0, done = 0, wontDo = 0;
        foreach (var (item, late) in items)
        {
            total++;
            open += Count(ActionWord.Open, item, late);
            inProgress += Count(ActionWord.InProgress, item, late);
            overdue += Count(ActionWord.Overdue, item, late);
            done += Count(ActionWord.Done, item, late);
            wontDo += Count(ActionWord.WontDo, item, late);
        }

        return new ActionCounts(total, open, inProgress, overdue, done, wontDo);
    }

    private static int Count(ActionWord word, ActionItem item, bool overdue) => word.Describes(item, overdue) ? 1 : 0;
}
