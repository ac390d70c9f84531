using System.Collections.Immutable;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Metrics;

/// <summary>
/// The learning loop in numbers, overall and per quarter, computed from front-matter: incidents by
/// severity and by contributing-factor category, time to detect, resolve, gain insight and remediate,
/// the repeat rate, and the tags growing fastest. Undated incidents count overall but in no quarter.
/// </summary>
public sealed record MetricsReport(
    ImmutableArray<Quarter> Quarters,
    ImmutableDictionary<Quarter, ImmutableArray<RenderedPostmortem>> ByQuarter,
    int Undated,
    DurationStats TimeToDetect,
    DurationStats TimeToResolve,
    DurationStats TimeToInsight,
    DurationStats TimeToRemediate,
    int Repeats,
    ImmutableArray<TagGrowth> GrowingTags)
{
    public static MetricsReport Build(IReadOnlyList<RenderedPostmortem> incidents, IReadOnlyCollection<PossibleRepeat> repeats, DateOnly asOf)
    {
        var dated = incidents.Where(i => i.Postmortem.Date is not null).ToList();
        var quarters = dated.Count == 0 ? [] : Quarter.Range(dated.Min(i => Quarter.Of(i.Postmortem.Date!.Value.Value)), dated.Max(i => Quarter.Of(i.Postmortem.Date!.Value.Value)));
        var byQuarter = quarters.ToImmutableDictionary(q => q, q => dated.Where(i => Quarter.Of(i.Postmortem.Date!.Value.Value) == q).ToImmutableArray());
        var postmortems = incidents.Select(i => i.Postmortem).ToList();

        return new MetricsReport(
            [.. quarters],
            byQuarter,
            incidents.Count - dated.Count,
            DurationStats.Of(postmortems.Select(IncidentDurations.TimeToDetect).OfType<TimeSpan>()),
            DurationStats.Of(postmortems.Select(p => p.TimeToResolve).OfType<TimeSpan>()),
            DurationStats.Of(postmortems.Select(IncidentDurations.TimeToInsight).OfType<TimeSpan>()),
            DurationStats.Of(postmortems.Select(IncidentDurations.TimeToRemediate).OfType<TimeSpan>(), postmortems.Count(p => p.Published is not null && p.ActionItems.Any(a => !a.IsClosed))),
            repeats.Count,
            TagGrowth.Fastest([.. quarters], byQuarter, count: 5));
    }
}
