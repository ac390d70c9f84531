using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Which similar incidents an incident's page lists: the best-ranked ones before it (or after it, for
/// "later incidents like this one"), leaving out those its authors already linked, at most
/// <see cref="SimilaritySettings.Show"/> of each. Undated incidents count as earlier. Analysis explains
/// only these (the reasons are the costly part); the page shows exactly these.
/// </summary>
public static class ShownSimilar
{
    public static IEnumerable<SimilarIncident> Select(RenderedPostmortem incident, IEnumerable<SimilarIncident> ranked,
        IReadOnlySet<string> linked, int show, bool later)
    {
        var date = incident.Postmortem.Date;
        return ranked
            .Where(s => !linked.Contains(s.Target.Id))
            .Where(s => later == (date is { } d && s.Target.Postmortem.Date is { } other && other > d))
            .Take(show);
    }
}
