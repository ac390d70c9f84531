using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Actions;

/// <summary>
/// Every action item of the knowledge base as of one date: the counts (<see cref="ActionCounts"/>), and the rows grouped by owner
/// (most open work first) and by incident (newest first). Rows within a group: overdue first, then open,
/// in progress, done, won't do, then by due date.
/// </summary>
public sealed record ActionItemReport(DateOnly AsOf, ImmutableArray<ActionItemRow> Rows)
{

    public static ActionItemReport Build(IEnumerable<Postmortem> incidents, DateOnly asOf) => new(
        asOf,
        [.. incidents
            .OrderBy(p => p, IncidentOrder.NewestFirst)
            .SelectMany(p => p.ActionItems.Select(item => new ActionItemRow(p, item, item.IsOverdue(asOf))))]);

    public int Count(ActionWord word) => Rows.Count(r => r.Matches(word));

    public ActionCounts Counts() => ActionCounts.Of(Rows.Select(r => (r.Item, r.Overdue)));

    public IEnumerable<ActionItemGroup> ByOwner() => Rows
        .GroupBy(r => r.Item.Owner ?? "(no owner)", StringComparer.Ordinal)
        .OrderByDescending(g => g.Count(r => !r.Item.IsClosed))
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => Sorted(g));

    public IEnumerable<ActionItemGroup> ByIncident() => Rows
        .GroupBy(r => r.Incident.Id, StringComparer.Ordinal)
        .Select(g => Sorted(g));

    private static ActionItemGroup Sorted(IGrouping<string, ActionItemRow> group) =>
        new(group.Key, [.. group.OrderBy(Rank).ThenBy(r => r.Item.Due ?? DateOnly.MaxValue).ThenBy(r => r.Item.Title, StringComparer.Ordinal)]);

    /// <summary>Overdue work first: it is what the page is for.</summary>
    private static int Rank(ActionItemRow row) => row.Overdue ? 0 : (int)row.Item.Status + 1;
}

/// <summary>Action items that share an owner or an incident.</summary>
public sealed record ActionItemGroup(string Key, ImmutableArray<ActionItemRow> Rows);
