using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Patterns;

/// <summary>
/// A factor tag or category found in at least <see cref="PatternReport.MinIncidents"/> incidents: the
/// incidents (newest first), how many started in each of the report's quarters, the action items that
/// address the pattern's factors, and how many of those factors no item addresses or explains.
/// </summary>
/// <param name="Name">The tag, or the category's id.</param>
/// <param name="Factors">How many contributing factors, across the incidents, carry the pattern.</param>
public sealed record RecurringPattern(
    PatternKind Kind,
    string Name,
    ImmutableArray<Model.RenderedPostmortem> Incidents,
    ImmutableArray<int> ByQuarter,
    int Factors,
    ImmutableArray<PatternAction> Actions,
    int Uncovered)
{
    public int OpenActions => Actions.Count(a => !a.Item.IsClosed);

    public int DoneActions => Actions.Count(a => a.Item.Status == Model.ActionItemStatus.Done);

    public int WontDoActions => Actions.Count(a => a.Item.Status == Model.ActionItemStatus.WontDo);

    /// <summary>Every item addressing the pattern is closed and every one of its factors is covered: the loop is closed.</summary>
    public bool Closed => Actions.Length > 0 && OpenActions == 0 && Uncovered == 0;
}
