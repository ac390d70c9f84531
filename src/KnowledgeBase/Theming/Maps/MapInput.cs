namespace KnowledgeBase.Theming.Maps;

/// <summary>What the map of one incident draws: its columns in order, the boxes, and the arrows for <c>influences</c>.</summary>
/// <param name="Columns">The headings of the columns that have boxes, in order (organizational → process → technical → impact).</param>
/// <param name="Edges">Each influence, from a box's key to another's; both keys are boxes of <paramref name="Nodes"/>.</param>
public sealed record MapInput(IReadOnlyList<string> Columns, IReadOnlyList<MapNode> Nodes, IReadOnlyList<(string From, string To)> Edges)
{
    /// <summary>The key of the impact's box: not a slug any factor can have (it would be a duplicate id, KB2018).</summary>
    public const string ImpactKey = "impact";
}
