using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>
/// The total orders lists are shown in. Every comparison ends on the id, so equal dates or severities
/// never leave the order to chance (or to the order files were found in).
/// </summary>
public static class IncidentOrder
{
    /// <summary>Newest first; undated incidents last.</summary>
    public static IComparer<Postmortem> NewestFirst { get; } = Comparer<Postmortem>.Create((a, b) =>
    {
        var c = (a.Date is null).CompareTo(b.Date is null);
        if (c == 0 && a.Date is { } da && b.Date is { } db)
        {
            c = db.CompareTo(da);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>Most severe first (by rank in kb.yml; unclassified last), then newest first.</summary>
    /// <remarks>A sort compares each incident many times; each severity's rank is looked up once.</remarks>
    public static IComparer<Postmortem> BySeverity(Func<string?, int> rank)
    {
        var ranks = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        int Rank(string? severity) => severity is null ? rank(null) : ranks.GetOrAdd(severity, rank);
        return Comparer<Postmortem>.Create((a, b) =>
        {
            var c = Rank(a.Severity).CompareTo(Rank(b.Severity));
            return c != 0 ? c : NewestFirst.Compare(a, b);
        });
    }
}
