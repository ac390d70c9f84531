using System.Collections.Immutable;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Metrics;

/// <summary>
/// The learning loop in numbers, overall and per quarter, computed from front-matter: incidents by
/// severity and by contributing-factor category, time to detect, resolve, gain insight and remediate,
/// the repeat rate, and the tags growing fastest. Undated incidents count overall but in no quarter.
/// The quarters run to the build date's (a quiet quarter is news too) and cover at most
/// <see cref="MaxQuarters"/>: an archive reaching back decades has trends of today to show. Incidents
/// outside the window (earlier, or dated after the build, surely a typo) count overall only, so a page
/// stays bounded whatever year a file claims.
/// </summary>
/// <remarks>
/// Near misses (<c>kind: near-miss</c>) hurt nobody: they are left out of the incident counts by
/// severity, of time to detect and to resolve and of the repeat rate, and counted on their own
/// (<see cref="NearMisses"/>, per quarter too), since a team that reports them is one that learns.
/// They still count in the factor categories, the growing tags and the learning loop's durations.
/// </remarks>
/// <param name="Earlier">Dated incidents outside the quarters shown: counted overall, in no quarter.</param>
/// <param name="Repeats">Possible repeats that are incidents (a near miss is not counted as one).</param>
/// <param name="NearMisses">How many of the postmortems are near misses.</param>
public sealed record MetricsReport(
    ImmutableArray<Quarter> Quarters,
    ImmutableDictionary<Quarter, ImmutableArray<RenderedPostmortem>> ByQuarter,
    int Undated,
    int Earlier,
    DurationStats TimeToDetect,
    DurationStats TimeToResolve,
    DurationStats TimeToInsight,
    DurationStats TimeToRemediate,
    int Repeats,
    ImmutableArray<TagGrowth> GrowingTags,
    ImmutableArray<QuarterFigures> PerQuarter,
    ImmutableArray<CategoryFigures> Categories,
    int NearMisses = 0)
{
    /// <summary>The learning loop's own figures: gate coverage per quarter, action items by priority, strategic items.</summary>
    public LoopFigures Loop { get; init; } = LoopFigures.None;

    /// <summary>Trends need at least this many quarters with incidents, or a chart would suggest one that is not there.</summary>
    public const int EnoughQuarters = 2;

    /// <summary>Whether enough quarters have incidents to show trends (see <see cref="EnoughQuarters"/>).</summary>
    public bool HasTrends => ByQuarter.Values.Count(q => q.Length > 0) >= EnoughQuarters;

    /// <summary>The share of incidents that are possible repeats, in percent; null when there are none at all.</summary>
    /// <param name="incidents">Every postmortem counted; its near misses are taken out here.</param>
    public double? RepeatPercent(int incidents) => incidents - NearMisses <= 0 ? null : 100.0 * Repeats / (incidents - NearMisses);

    /// <param name="config">Its severities and categories are the columns and rows counted; the defaults when null.</param>
    public static MetricsReport Build(IReadOnlyList<RenderedPostmortem> incidents, IReadOnlyCollection<PossibleRepeat> repeats, DateOnly asOf, SiteConfig? config = null)
    {
        config ??= SiteConfig.Default;
        var dated = incidents.Where(i => i.Postmortem.Date is not null).ToList();
        var quarters = dated.Count == 0 ? [] : Window(dated.Select(i => Quarter.Of(i.Postmortem.Date!.Value.Value)).ToList(), asOf);
        var byQuarter = quarters.ToImmutableDictionary(q => q, q => dated.Where(i => Quarter.Of(i.Postmortem.Date!.Value.Value) == q).ToImmutableArray());
        var postmortems = incidents.Select(i => i.Postmortem).ToList();
        var outages = postmortems.Where(p => !p.IsNearMiss).ToList();
        var nearMissIds = postmortems.Where(p => p.IsNearMiss).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var repeatIds = repeats.Select(r => r.IncidentId).Where(id => !nearMissIds.Contains(id)).ToHashSet(StringComparer.Ordinal);

        return new MetricsReport(
            [.. quarters],
            byQuarter,
            incidents.Count - dated.Count,
            dated.Count - byQuarter.Values.Sum(q => q.Length),
            DurationStats.Of(outages.Select(IncidentDurations.TimeToDetect).OfType<TimeSpan>()),
            DurationStats.Of(outages.Select(p => p.TimeToResolve).OfType<TimeSpan>()),
            DurationStats.Of(postmortems.Select(IncidentDurations.TimeToInsight).OfType<TimeSpan>()),
            DurationStats.Of(postmortems.Select(IncidentDurations.TimeToRemediate).OfType<TimeSpan>(), postmortems.Count(p => p.Published is not null && p.ActionItems.Any(a => !a.IsClosed))),
            repeats.Count(r => !nearMissIds.Contains(r.IncidentId)),
            TagGrowth.Fastest([.. quarters], byQuarter, count: 5),
            [.. quarters.Select(q => Figures(q, byQuarter[q], config, repeatIds))],
            [.. config.Categories.Select(c => new CategoryFigures(
                c.Id,
                [.. quarters.Select(q => byQuarter[q].Count(i => HasCategory(i, c.Id)))],
                incidents.Count(i => HasCategory(i, c.Id))))],
            nearMissIds.Count)
        {
            Loop = LoopFigures.Of(incidents, quarters.Select(q => byQuarter[q])),
        };
    }

    private static QuarterFigures Figures(Quarter quarter, ImmutableArray<RenderedPostmortem> incidents, SiteConfig config, HashSet<string> repeatIds)
    {
        var postmortems = incidents.Select(i => i.Postmortem).Where(p => !p.IsNearMiss).ToList();
        ImmutableArray<int> bySeverity = [.. config.Severities.Select(s => postmortems.Count(p => p.Severity == s.Id))];
        return new QuarterFigures(
            quarter, postmortems.Count, bySeverity, postmortems.Count - bySeverity.Sum(),
            DurationStats.Of(postmortems.Select(IncidentDurations.TimeToDetect).OfType<TimeSpan>()),
            DurationStats.Of(postmortems.Select(p => p.TimeToResolve).OfType<TimeSpan>()),
            postmortems.Count(p => repeatIds.Contains(p.Id)))
        {
            NearMisses = incidents.Count(i => i.Postmortem.IsNearMiss),
        };
    }

    private static bool HasCategory(RenderedPostmortem incident, string category) =>
        incident.Postmortem.ContributingFactors.Any(f => f.Category == category);

    /// <summary>The most quarters the trends show: five years.</summary>
    public const int MaxQuarters = 20;

    /// <summary>
    /// From the first incident's quarter to the build date's, the last <see cref="MaxQuarters"/> of them
    /// at most. Empty when every incident is dated after the build.
    /// </summary>
    private static List<Quarter> Window(List<Quarter> started, DateOnly asOf)
    {
        var today = Quarter.Of(new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var first = started.Min();
        if (first > today)
        {
            return [];
        }

        // Counted back from today, so a year like 0001 costs nothing.
        var window = new List<Quarter> { today };
        while (window.Count < MaxQuarters && window[0] > first)
        {
            window.Insert(0, window[0].Previous());
        }

        return window;
    }
}
