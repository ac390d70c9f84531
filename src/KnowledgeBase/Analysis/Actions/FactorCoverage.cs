using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Actions;

/// <summary>
/// Which action items act on which contributing factor of one postmortem (the items' <c>addresses</c>),
/// and whether a factor is covered: addressed by an item, or explained by its <c>no_action</c>. The
/// incident page, the gate's coverage metric and the patterns page read it alike.
/// </summary>
public static class FactorCoverage
{
    /// <summary>The indexes of the postmortem's action items that address <paramref name="factor"/>, in the author's order.</summary>
    public static IReadOnlyList<int> ItemsAddressing(Postmortem postmortem, ContributingFactor factor)
    {
        if (factor.Id is not { } id)
        {
            return [];
        }

        var items = new List<int>();
        for (var i = 0; i < postmortem.ActionItems.Length; i++)
        {
            if (postmortem.ActionItems[i].Addresses.Contains(id, StringComparer.Ordinal))
            {
                items.Add(i);
            }
        }

        return items;
    }

    /// <summary>The action items that address the factor.</summary>
    public static IEnumerable<ActionItem> Addressing(Postmortem postmortem, ContributingFactor factor) =>
        ItemsAddressing(postmortem, factor).Select(i => postmortem.ActionItems[i]);

    /// <summary>Addressed by an action item, or with a reason for none: what the integration gate asks of each factor.</summary>
    public static bool IsCovered(Postmortem postmortem, ContributingFactor factor) =>
        factor.NoAction is not null || ItemsAddressing(postmortem, factor).Count > 0;
}
