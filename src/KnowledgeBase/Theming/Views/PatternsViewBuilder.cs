using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Patterns;
using KnowledgeBase.Model;

namespace KnowledgeBase.Theming.Views;

/// <summary>
/// Lays the <see cref="PatternReport"/> out as the patterns page. A large archive has many patterns and
/// services: each pattern lists its newest incidents and the matrix its busiest services, and says how
/// many more there are, so the page stays readable at any size.
/// </summary>
public static class PatternsViewBuilder
{
    /// <summary>Incidents and open items listed per pattern or group.</summary>
    public const int Shown = 10;

    /// <summary>Groups of similar incidents shown.</summary>
    public const int ShownGroups = 20;

    /// <summary>Services shown in the matrix.</summary>
    public const int ShownServices = 20;

    public static PatternsPageView Build(SiteModel site, ViewBuilder views)
    {
        var report = site.Patterns;
        return new PatternsPageView(
            ViewBuilder.Date(views.AsOf),
            site.Incidents.Length,
            PatternReport.MinIncidents,
            [.. report.Quarters.Select(q => q.Label)],
            [.. report.Patterns.Select(p => Pattern(p, views))],
            Matrix(report.Matrix, site, views),
            [.. report.Clusters.Take(ShownGroups).Select(c => Cluster(c, views))],
            site.Facts.HasFactors);
    }

    private static PatternView Pattern(RecurringPattern pattern, ViewBuilder views)
    {
        var (taxonomy, kind) = pattern.Kind == PatternKind.FactorTag ? (TaxonomyKind.Tags, "Factor tag") : (TaxonomyKind.Categories, "Category");
        var term = views.TermLink(taxonomy, pattern.Name);
        var state = pattern.Actions.IsEmpty ? "unaddressed" : pattern.Closed ? "closed" : "open";
        var label = state switch
        {
            "unaddressed" => "No action item addresses it",
            "closed" => "All action items closed",
            _ => pattern.OpenActions > 0 ? $"{pattern.OpenActions} open" : $"{pattern.Uncovered} factor{(pattern.Uncovered == 1 ? "" : "s")} not addressed",
        };
        return new PatternView(
            $"pattern-{(pattern.Kind == PatternKind.FactorTag ? "tag" : "category")}-{Slug.ForTerm(pattern.Name)}",
            kind,
            term,
            pattern.Incidents.Length,
            [.. pattern.Incidents.Take(Shown).Select(views.Summary)],
            Math.Max(0, pattern.Incidents.Length - Shown),
            pattern.ByQuarter,
            pattern.Factors,
            pattern.Actions.Length,
            pattern.OpenActions,
            pattern.DoneActions,
            pattern.WontDoActions,
            pattern.Uncovered,
            state,
            label,
            [.. pattern.Actions.Where(a => !a.Item.IsClosed).Take(Shown).Select(a => new PatternItemView(
                views.ActionItem(a.Item), views.Summary(a.Incident), a.Incident.PagePath + "#" + ViewBuilder.ActionAnchor(a.Index)))]);
    }

    private static ServiceMatrixView Matrix(ServiceCategoryMatrix matrix, SiteModel site, ViewBuilder views)
    {
        var max = matrix.Counts.SelectMany(r => r).DefaultIfEmpty(0).Max();
        int Level(int count) => count == 0 || max == 0 ? 0 : 1 + (int)Math.Round(3.0 * count / max);
        return new ServiceMatrixView(
            [.. matrix.Categories.Select(c => views.TermLink(TaxonomyKind.Categories, c) with { Name = site.Config.FindCategory(c)?.Label ?? c })],
            [.. matrix.Services.Take(ShownServices).Select((s, i) => new ServiceRowView(
                views.TermLink(TaxonomyKind.Services, s), matrix.Incidents[i], [.. matrix.Counts[i].Select(n => new MatrixCellView(n, Level(n)))]))],
            Math.Max(0, matrix.Services.Length - ShownServices));
    }

    private static ClusterView Cluster(IncidentCluster cluster, ViewBuilder views) => new(
        [.. cluster.Incidents.Take(Shown).Select(views.Summary)],
        [.. cluster.Tags.Select(t => views.TermLink(TaxonomyKind.Tags, t))],
        [.. cluster.Services.Select(s => views.TermLink(TaxonomyKind.Services, s))],
        [.. cluster.Categories.Select(c => views.TermLink(TaxonomyKind.Categories, c))]);
}
