using System.Collections.Immutable;
using KnowledgeBase.Analysis.Actions;
using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Patterns;

/// <summary>
/// Patterns across incidents, where a systemic proposal starts: the factor tags and categories that
/// recur in at least <see cref="MinIncidents"/> incidents, with their trend over the last
/// <see cref="TrendQuarters"/> quarters and the state of the action items that address them (the tags
/// first, being the more specific, each kind most incidents first); services
/// by factor categories; and the groups of incidents that resemble each other.
/// </summary>
public sealed record PatternReport(
    ImmutableArray<Quarter> Quarters,
    ImmutableArray<RecurringPattern> Patterns,
    ServiceCategoryMatrix Matrix,
    ImmutableArray<IncidentCluster> Clusters)
{
    /// <summary>One or two incidents are chance; three is a pattern ("three of the last five slowdowns...").</summary>
    public const int MinIncidents = 3;

    /// <summary>The trend covers two years, to the build date's quarter.</summary>
    public const int TrendQuarters = 8;

    /// <param name="incidents">The incidents, newest first.</param>
    /// <param name="similar">Each incident's ranked similar incidents, for the groups.</param>
    public static PatternReport Build(
        IReadOnlyList<RenderedPostmortem> incidents, IReadOnlyDictionary<string, IReadOnlyList<SimilarIncident>> similar, SiteConfig config, DateOnly asOf)
    {
        var quarters = Trend(asOf);
        List<RecurringPattern> patterns =
        [
            .. Recurring(incidents, PatternKind.FactorTag, f => f.Tags, quarters),
            .. Recurring(incidents, PatternKind.Category, f => f.Category.Length == 0 ? [] : [f.Category], quarters),
        ];

        return new PatternReport(
            [.. quarters],
            [.. patterns.OrderBy(p => p.Kind).ThenByDescending(p => p.Incidents.Length).ThenBy(p => p.Name, StringComparer.Ordinal)],
            ServicesByCategory(incidents, config),
            IncidentClusters.Find(incidents, similar));
    }

    private static List<Quarter> Trend(DateOnly asOf)
    {
        var last = Quarter.Of(new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var quarters = new List<Quarter> { last };
        while (quarters.Count < TrendQuarters)
        {
            quarters.Insert(0, quarters[0].Previous());
        }

        return quarters;
    }

    /// <summary>Each value of <paramref name="valuesOf"/> found in factors of at least <see cref="MinIncidents"/> incidents.</summary>
    private static IEnumerable<RecurringPattern> Recurring(
        IReadOnlyList<RenderedPostmortem> incidents, PatternKind kind, Func<ContributingFactor, IEnumerable<string>> valuesOf, List<Quarter> quarters)
    {
        var byValue = new SortedDictionary<string, List<RenderedPostmortem>>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            foreach (var value in incident.Postmortem.ContributingFactors.SelectMany(valuesOf).Distinct(StringComparer.Ordinal))
            {
                if (!byValue.TryGetValue(value, out var list))
                {
                    byValue[value] = list = [];
                }

                list.Add(incident);
            }
        }

        foreach (var (value, found) in byValue.Where(kv => kv.Value.Count >= MinIncidents))
        {
            var perIncident = found.Select(i => (Incident: i, Factors: i.Postmortem.ContributingFactors.Where(f => valuesOf(f).Contains(value, StringComparer.Ordinal)).ToList())).ToList();
            var factors = perIncident.SelectMany(x => x.Factors.Select(f => (x.Incident, Factor: f))).ToList();
            // An item addressing two factors of the pattern is one piece of work: counted once.
            var actions = perIncident.SelectMany(x => x.Factors
                    .SelectMany(f => FactorCoverage.ItemsAddressing(x.Incident.Postmortem, f))
                    .Distinct()
                    .Order()
                    .Select(index => new PatternAction(x.Incident, index, x.Incident.Postmortem.ActionItems[index])))
                .ToList();
            yield return new RecurringPattern(
                kind,
                value,
                [.. found],
                [.. quarters.Select(q => found.Count(i => i.Postmortem.Date is { } d && Quarter.Of(d.Value) == q))],
                factors.Count,
                [.. actions],
                factors.Count(x => !FactorCoverage.IsCovered(x.Incident.Postmortem, x.Factor)));
        }
    }

    private static ServiceCategoryMatrix ServicesByCategory(IReadOnlyList<RenderedPostmortem> incidents, SiteConfig config)
    {
        var categories = config.Categories.Select(c => c.Id).ToList();
        // One pass over the incidents, so an archive of thousands of services costs no more than its incidents.
        var byService = new Dictionary<string, List<RenderedPostmortem>>(StringComparer.Ordinal);
        foreach (var incident in incidents.Where(i => !i.Postmortem.ContributingFactors.IsEmpty))
        {
            foreach (var service in incident.Postmortem.Services.Distinct(StringComparer.Ordinal))
            {
                if (!byService.TryGetValue(service, out var list))
                {
                    byService[service] = list = [];
                }

                list.Add(incident);
            }
        }

        var services = byService.Select(kv => (Name: kv.Key, Incidents: kv.Value))
            .OrderByDescending(s => s.Incidents.Count).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new ServiceCategoryMatrix(
            [.. services.Select(s => s.Name)],
            [.. categories],
            [.. services.Select(s => categories.Select(c => s.Incidents.Count(i => i.Postmortem.ContributingFactors.Any(f => f.Category == c))).ToImmutableArray())],
            [.. services.Select(s => s.Incidents.Count)]);
    }
}
