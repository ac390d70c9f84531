using System.Collections.Immutable;
using KnowledgeBase.Analysis.Actions;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Metrics;

/// <summary>
/// The learning loop's own figures: how many contributing factors passed the integration gate (addressed
/// by an action item, or with a reason for none), overall and per quarter; the action items by priority
/// with their time to close; and how many are strategic, the incidents' contribution to the roadmap.
/// </summary>
/// <param name="Coverage">Per quarter of the report, in its order.</param>
/// <param name="ByPriority">High, medium, low, then the items with no priority; the last is left out when every item has one.</param>
/// <param name="Strategic">Items of priority high tagged strategic (<see cref="ActionItem.IsStrategic"/>).</param>
public sealed record LoopFigures(
    ImmutableArray<FactorCoverageFigures> Coverage,
    FactorCoverageFigures Overall,
    ImmutableArray<PriorityFigures> ByPriority,
    int Items,
    int Strategic,
    int StrategicOpen)
{
    public static readonly LoopFigures None = new([], new FactorCoverageFigures(0, 0, 0), [], 0, 0, 0);

    /// <param name="incidents">Every incident; those of each quarter come from <paramref name="byQuarter"/>.</param>
    public static LoopFigures Of(IReadOnlyList<RenderedPostmortem> incidents, IEnumerable<ImmutableArray<RenderedPostmortem>> byQuarter)
    {
        var postmortems = incidents.Select(i => i.Postmortem).ToList();
        var items = postmortems.SelectMany(p => p.ActionItems.Select(a => (Postmortem: p, Item: a))).ToList();
        var priorities = new ActionPriority?[] { ActionPriority.High, ActionPriority.Medium, ActionPriority.Low, null };
        return new LoopFigures(
            [.. byQuarter.Select(q => FactorCoverageFigures.Of(q.Select(i => i.Postmortem)))],
            FactorCoverageFigures.Of(postmortems),
            [.. priorities
                .Select(priority => PriorityFigures.Of(priority, items.Where(x => x.Item.Priority == priority).ToList()))
                .Where(f => f.Priority is not null || f.Items > 0)],
            items.Count,
            items.Count(x => x.Item.IsStrategic),
            items.Count(x => x.Item.IsStrategic && !x.Item.IsClosed));
    }
}

/// <summary>Contributing factors, how many are addressed by an action item, and how many are covered (addressed or with <c>no_action</c>).</summary>
public sealed record FactorCoverageFigures(int Factors, int Addressed, int Covered)
{
    /// <summary>The share covered, in percent; null without factors.</summary>
    public double? Percent => Factors == 0 ? null : 100.0 * Covered / Factors;

    public static FactorCoverageFigures Of(IEnumerable<Postmortem> postmortems)
    {
        int factors = 0, addressed = 0, covered = 0;
        foreach (var p in postmortems)
        {
            foreach (var f in p.ContributingFactors)
            {
                factors++;
                addressed += FactorCoverage.ItemsAddressing(p, f).Count > 0 ? 1 : 0;
                covered += FactorCoverage.IsCovered(p, f) ? 1 : 0;
            }
        }

        return new FactorCoverageFigures(factors, addressed, covered);
    }
}

/// <summary>
/// Action items of one priority (null: none given): how many, how many still open, and the time from the
/// analysis's publication to the item's closing, over the items done that record both dates (a won't-do is closed, not finished).
/// </summary>
public sealed record PriorityFigures(ActionPriority? Priority, int Items, int Open, DurationStats TimeToClose)
{
    public static PriorityFigures Of(ActionPriority? priority, IReadOnlyList<(Postmortem Postmortem, ActionItem Item)> items) => new(
        priority,
        items.Count,
        items.Count(x => !x.Item.IsClosed),
        DurationStats.Of(
            items.Where(x => x.Item.Status == ActionItemStatus.Done && x.Item.Closed is not null && x.Postmortem.Published is not null)
                .Select(x => x.Item.Closed!.Value.ToDateTime(TimeOnly.MinValue) - x.Postmortem.Published!.Value.ToDateTime(TimeOnly.MinValue)),
            items.Count(x => !x.Item.IsClosed)));
}
