using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>
/// Groups incidents by tag, service, severity and contributing-factor category. Tags and services are
/// listed by count (then name); severities and categories in the order kb.yml gives them, since that
/// order means something (most severe first).
/// </summary>
public static class TaxonomyBuilder
{
    public static ImmutableArray<Taxonomy> Build(IReadOnlyList<RenderedPostmortem> incidents, SiteConfig config) =>
    [
        ByCount(TaxonomyKind.Tags, "Tags", "Tag", "What the incidents were about.", incidents,
            p => p.Tags.Concat(p.ContributingFactors.SelectMany(f => f.Tags)),
            name => config.Tags.Find(name)?.Description ?? ""),
        ByCount(TaxonomyKind.Services, "Services", "Service", "The systems the incidents touched.", incidents, p => p.Services, _ => ""),
        Ordered(TaxonomyKind.Severities, "Severities", "Severity", "How bad the incidents were, most severe first.", incidents,
            config.Severities.Select(s => (s.Id, s.Label, s.Description)), p => p.Severity is null ? [] : [p.Severity]),
        Ordered(TaxonomyKind.Categories, "Contributing-factor categories", "Category", "The kinds of condition that made the incidents possible.", incidents,
            config.Categories.Select(c => (c.Id, c.Label, c.Description)), p => p.ContributingFactors.Select(f => f.Category)),
    ];

    private static Taxonomy ByCount(TaxonomyKind key, string title, string singular, string description,
        IReadOnlyList<RenderedPostmortem> incidents, Func<Postmortem, IEnumerable<string>> namesOf, Func<string, string> describe)
    {
        var groups = Group(incidents, namesOf);
        var terms = groups
            .Select(g => new TaxonomyTerm(g.Key, DisplayName(g.Value.Names), describe(DisplayName(g.Value.Names)), Sorted(g.Value.Incidents)))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Slug, StringComparer.Ordinal);
        return new Taxonomy(key, title, singular, description, [.. terms]);
    }

    private static Taxonomy Ordered(TaxonomyKind key, string title, string singular, string description,
        IReadOnlyList<RenderedPostmortem> incidents, IEnumerable<(string Id, string Label, string Description)> levels,
        Func<Postmortem, IEnumerable<string>> namesOf)
    {
        var groups = Group(incidents, namesOf);
        var terms = levels.Select(level => new TaxonomyTerm(
            Slug.ForTerm(level.Id), level.Label, level.Description,
            groups.TryGetValue(Slug.ForTerm(level.Id), out var g) ? Sorted(g.Incidents) : []));
        return new Taxonomy(key, title, singular, description, [.. terms]);
    }

    /// <summary>Incidents by the slug of each name they carry; names that share a slug share a page.</summary>
    private static SortedDictionary<string, (List<string> Names, List<RenderedPostmortem> Incidents)> Group(
        IReadOnlyList<RenderedPostmortem> incidents, Func<Postmortem, IEnumerable<string>> namesOf)
    {
        var groups = new SortedDictionary<string, (List<string> Names, List<RenderedPostmortem> Incidents)>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            foreach (var name in namesOf(incident.Postmortem).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var slug = Slug.ForTerm(name);
                if (!groups.TryGetValue(slug, out var group))
                {
                    group = ([], []);
                    groups[slug] = group;
                }

                group.Names.Add(name);
                // Two names of one incident can share a slug; incidents come one at a time, so a repeat
                // is the last one added. (List.Contains compared whole records: quadratic at 10,000.)
                if (group.Incidents.Count == 0 || !ReferenceEquals(group.Incidents[^1], incident))
                {
                    group.Incidents.Add(incident);
                }
            }
        }

        return groups;
    }

    /// <summary>The spelling most incidents use, ties broken ordinally.</summary>
    private static string DisplayName(List<string> names) => names
        .GroupBy(n => n, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;

    private static ImmutableArray<RenderedPostmortem> Sorted(IEnumerable<RenderedPostmortem> incidents) =>
        [.. incidents.OrderBy(i => i.Postmortem, IncidentOrder.NewestFirst)];
}
