using System.Globalization;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Flags possible repeats: the fix did not hold. An incident is one when its authors say so
/// (<c>repeat_of</c>), or when it is at least <see cref="SimilaritySettings.RepeatScore"/> similar to an
/// earlier incident all of whose action items were done before it started.
/// </summary>
public static class RepeatDetector
{
    public static List<PossibleRepeat> Detect(IReadOnlyList<RenderedPostmortem> incidents, IReadOnlyDictionary<string, IReadOnlyList<SimilarIncident>> similar, SimilaritySettings settings)
    {
        var ids = incidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var repeats = new List<PossibleRepeat>();
        foreach (var incident in incidents)
        {
            var p = incident.Postmortem;
            if (p.RepeatOf is { } earlier && ids.Contains(earlier))
            {
                repeats.Add(new PossibleRepeat(p.Id, earlier, "marked as a repeat by its authors"));
                continue;
            }

            if (p.Date is not { } started)
            {
                continue;
            }

            var match = similar.GetValueOrDefault(p.Id, [])
                .Where(s => s.Direct >= settings.RepeatScore && s.Target.Postmortem.Date is { } d && d < started)
                .FirstOrDefault(s => FixedBefore(s.Target.Postmortem, DateOnly.FromDateTime(started.Value.UtcDateTime)));
            if (match is not null)
            {
                var items = match.Target.Postmortem.ActionItems;
                var done = items.Max(a => a.Closed!.Value);
                repeats.Add(new PossibleRepeat(p.Id, match.Target.Id, string.Create(CultureInfo.InvariantCulture,
                    $"similar ({match.Direct:0.00}) to an incident whose {items.Length} action item{(items.Length == 1 ? " was" : "s were")} all done by {done:yyyy-MM-dd}")));
            }
        }

        return repeats;
    }

    /// <summary>Every action item done, and closed before <paramref name="day"/>: the fix was in place.</summary>
    private static bool FixedBefore(Postmortem earlier, DateOnly day) =>
        earlier.ActionItems.Length > 0 && earlier.ActionItems.All(a => a.Status == ActionItemStatus.Done && a.Closed is { } closed && closed < day);
}
