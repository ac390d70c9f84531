using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>
/// The explicit links between incidents, in both directions: an author who writes <c>related</c> or
/// <c>repeat_of</c> on one postmortem makes the other page point back, without editing it.
/// Links to incidents outside the site (drafts) are left out.
/// </summary>
public static class IncidentLinks
{
    public static ImmutableDictionary<string, ImmutableArray<IncidentLink>> Build(IReadOnlyList<RenderedPostmortem> incidents)
    {
        var byId = incidents.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var links = incidents.ToDictionary(i => i.Id, _ => new List<IncidentLink>(), StringComparer.Ordinal);

        void Add(string from, string to, LinkKind kind)
        {
            if (from != to && byId.TryGetValue(to, out var target) && !links[from].Exists(l => l.Target.Id == to))
            {
                links[from].Add(new IncidentLink(target, kind));
            }
        }

        // Repeats first: when two incidents are both related and a repeat, the stronger reason wins.
        foreach (var incident in incidents)
        {
            if (incident.Postmortem.RepeatOf is { } repeatOf && byId.ContainsKey(repeatOf))
            {
                Add(incident.Id, repeatOf, LinkKind.RepeatOf);
                Add(repeatOf, incident.Id, LinkKind.RepeatedBy);
            }
        }

        foreach (var incident in incidents)
        {
            foreach (var related in incident.Postmortem.Related)
            {
                Add(incident.Id, related, LinkKind.Related);
            }
        }

        foreach (var incident in incidents)
        {
            foreach (var related in incident.Postmortem.Related.Where(byId.ContainsKey))
            {
                Add(related, incident.Id, LinkKind.RelatedFrom);
            }
        }

        return links.ToImmutableDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderBy(l => l.Kind).ThenBy(l => l.Target.Postmortem, IncidentOrder.NewestFirst).ToImmutableArray(),
            StringComparer.Ordinal);
    }
}
