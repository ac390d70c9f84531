using System.Collections.Immutable;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Patterns;

/// <summary>
/// Groups of mutually similar incidents, from the similarity graph: two incidents are joined when each
/// is among the other's <see cref="Closest"/> similar incidents (and not a weak match), and a group is a set
/// of incidents every two of which are joined. Asking for every pair, not a chain, keeps one incident that
/// resembles two unrelated ones from merging them. An incident is in one group at most: the largest first,
/// then those with the newest incident.
/// </summary>
public static class IncidentClusters
{
    /// <summary>How far down each other's list two incidents may be: a page shows this many first.</summary>
    public const int Closest = 3;

    public static ImmutableArray<IncidentCluster> Find(IReadOnlyList<RenderedPostmortem> incidents, IReadOnlyDictionary<string, IReadOnlyList<SimilarIncident>> similar)
    {
        var order = incidents.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n, StringComparer.Ordinal);
        var closest = incidents.Select(i => similar.GetValueOrDefault(i.Id, [])
                .Take(Closest).Where(s => !s.Weak && order.ContainsKey(s.Target.Id)).Select(s => order[s.Target.Id]).ToHashSet())
            .ToList();
        bool Joined(int a, int b) => closest[a].Contains(b) && closest[b].Contains(a);

        // Every set of an incident and some of its (at most Closest) joined neighbours in which all pairs are joined.
        var groups = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var a = 0; a < incidents.Count; a++)
        {
            var neighbours = closest[a].Where(b => Joined(a, b)).Order().ToArray();
            for (var mask = 1; mask < 1 << neighbours.Length; mask++)
            {
                int[] members = [a, .. neighbours.Where((_, bit) => (mask & (1 << bit)) != 0)];
                if (members.All(x => members.All(y => x == y || Joined(x, y))))
                {
                    Array.Sort(members);
                    groups[string.Join(',', members)] = members;
                }
            }
        }

        var maximal = groups.Values.Where(g => !groups.Values.Any(o => o.Length > g.Length && g.All(o.Contains)));
        var taken = new HashSet<int>();
        var chosen = new List<int[]>();
        foreach (var group in maximal.OrderByDescending(g => g.Length).ThenBy(g => g[0]).ThenBy(g => string.Join(',', g), StringComparer.Ordinal))
        {
            if (!group.Any(taken.Contains))
            {
                chosen.Add(group);
                taken.UnionWith(group);
            }
        }

        return [.. chosen.Select(g => Cluster([.. g.Select(n => incidents[n])]))];
    }

    private static IncidentCluster Cluster(List<RenderedPostmortem> members)
    {
        ImmutableArray<string> Shared(Func<Postmortem, IEnumerable<string>> values) =>
            [.. members.Select(m => values(m.Postmortem).ToHashSet(StringComparer.Ordinal))
                .Aggregate((a, b) => { a.IntersectWith(b); return a; })
                .Order(StringComparer.Ordinal)];

        return new IncidentCluster(
            [.. members],
            Shared(p => p.Tags.Concat(p.ContributingFactors.SelectMany(f => f.Tags))),
            Shared(p => p.Services),
            Shared(p => p.ContributingFactors.Select(f => f.Category).Where(c => c.Length > 0)));
    }
}
