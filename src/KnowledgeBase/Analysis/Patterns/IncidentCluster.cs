using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Patterns;

/// <summary>
/// Incidents that resemble each other, from the similarity graph: every two of them are among each
/// other's closest matches (<see cref="IncidentClusters"/>), newest first. <see cref="Tags"/>, <see cref="Services"/> and <see cref="Categories"/> are
/// what every one of them has (the factors' tags count as tags).
/// </summary>
public sealed record IncidentCluster(
    ImmutableArray<RenderedPostmortem> Incidents,
    ImmutableArray<string> Tags,
    ImmutableArray<string> Services,
    ImmutableArray<string> Categories);
