using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Which similar incidents an incident's page lists in each group (earlier, later, undated): the
/// best-ranked ones, leaving out those its authors already linked and weak matches, at most
/// <see cref="SimilaritySettings.Show"/> of each. Analysis explains only these (the reasons are the
/// costly part); the page shows exactly these.
/// </summary>
public static class ShownSimilar
{
    public static IEnumerable<SimilarIncident> Select(RenderedPostmortem incident, IEnumerable<SimilarIncident> ranked,
        IReadOnlySet<string> linked, int show, SimilarGroup group) =>
        ranked
            .Where(s => !s.Weak && !linked.Contains(s.Target.Id))
            .Where(s => SimilarGroups.Of(incident.Postmortem, s.Target.Postmortem) == group)
            .Take(show);

    /// <summary>Every group's list, in the order of <see cref="SimilarGroup"/>.</summary>
    public static IEnumerable<SimilarIncident> All(RenderedPostmortem incident, IReadOnlyList<SimilarIncident> ranked, IReadOnlySet<string> linked, int show) =>
        Enum.GetValues<SimilarGroup>().SelectMany(g => Select(incident, ranked, linked, show, g));
}
