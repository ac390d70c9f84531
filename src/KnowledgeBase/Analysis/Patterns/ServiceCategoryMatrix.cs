using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Patterns;

/// <summary>
/// Services by factor categories: how many incidents of each service had a contributing factor of each
/// category. Services with the most incidents come first; categories in kb.yml's order.
/// </summary>
/// <param name="Counts">One row per service, one number per category.</param>
/// <param name="Incidents">Each service's incidents with any factor, for the rows' totals.</param>
public sealed record ServiceCategoryMatrix(
    ImmutableArray<string> Services,
    ImmutableArray<string> Categories,
    ImmutableArray<ImmutableArray<int>> Counts,
    ImmutableArray<int> Incidents);
