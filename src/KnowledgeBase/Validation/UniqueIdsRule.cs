using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>
/// Ids are page addresses, so two postmortems may not share one, even differing only in case
/// (they would overwrite each other on a case-insensitive file system).
/// </summary>
public sealed class UniqueIdsRule : ICollectionRule
{
    public void Check(IReadOnlyList<Postmortem> postmortems, DiagnosticBag diagnostics)
    {
        foreach (var group in postmortems.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                var position = duplicate.Locations.Contains("id") ? duplicate.Locations["id"]
                    : duplicate.Locations.Contains("slug") ? duplicate.Locations["slug"] : SourcePosition.Start;
                diagnostics.Report(duplicate.SourcePath, position, DiagnosticCodes.DuplicateId,
                    $"id '{duplicate.Id}' is already used by {ordered[0].SourcePath}; set a different 'id' in one of them");
            }
        }
    }
}
