using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// KB3007: a postmortem that may be the same incident as another (<see cref="DuplicateDetector"/>). Said once
/// per pair, on the newer of the two (the one most likely just written), at its title.
/// </summary>
public static class DuplicateCheck
{
    public static void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var incident in site.Incidents)
        {
            var p = incident.Postmortem;
            var older = site.OnPages.GetValueOrDefault(incident.Id, PageSimilar.Empty).Duplicates
                .Where(d => IncidentOrder.NewestFirst.Compare(p, d.Other.Postmortem) < 0)
                .ToList();
            foreach (var duplicate in older)
            {
                var position = p.Locations.Contains("title") ? p.Locations["title"] : SourcePosition.Start;
                diagnostics.Report(p.SourcePath, position, DiagnosticCodes.PossibleDuplicate,
                    $"may be the same incident as '{duplicate.Other.Id}' ({duplicate.Other.Postmortem.SourcePath}): {duplicate.Reason}; keep one, or say how they differ");
            }
        }
    }
}
