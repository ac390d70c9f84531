using System.Globalization;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// KB3006: a postmortem with a strongly similar earlier incident (score at least
/// <see cref="SimilaritySettings.LinkScore"/>) that neither <c>related</c> nor <c>repeat_of</c> names, in
/// either direction. Reading the earlier analysis is the point of keeping them.
/// </summary>
public static class UnlinkedSimilarCheck
{
    public static void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var incident in site.Incidents)
        {
            var p = incident.Postmortem;
            if (p.Date is not { } date)
            {
                continue;
            }

            var linked = site.Links.GetValueOrDefault(incident.Id, []).Select(l => l.Target.Id).ToHashSet(StringComparer.Ordinal);
            var unlinked = site.Similar.GetValueOrDefault(incident.Id, [])
                .Where(s => s.Direct >= site.Config.Similarity.LinkScore && s.Target.Postmortem.Date is { } other && other < date && !linked.Contains(s.Target.Id))
                .ToList();
            if (unlinked.Count > 0)
            {
                var names = string.Join(", ", unlinked.Take(3).Select(s => string.Create(CultureInfo.InvariantCulture, $"'{s.Target.Id}' ({s.Direct:0.00})")));
                var position = p.Locations.Contains("title") ? p.Locations["title"] : SourcePosition.Start;
                diagnostics.Report(p.SourcePath, position, DiagnosticCodes.UnlinkedSimilar,
                    $"strongly similar to earlier incident{(unlinked.Count == 1 ? "" : "s")} {names}; read {(unlinked.Count == 1 ? "it" : "them")} and name {(unlinked.Count == 1 ? "it" : "them")} in 'related' (or 'repeat_of')");
            }
        }
    }
}
