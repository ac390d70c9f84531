using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Metrics;

/// <summary>One quarter's incidents in numbers; near misses are counted apart (<see cref="NearMisses"/>), not as incidents.</summary>
/// <param name="BySeverity">How many had each of kb.yml's severities, in kb.yml's order.</param>
/// <param name="Unclassified">How many had none of them.</param>
/// <param name="Detect">Time to detect of those that record it.</param>
/// <param name="Resolve">Time to resolve of those that record it.</param>
/// <param name="Repeats">How many are possible repeats of an earlier incident.</param>
public sealed record QuarterFigures(Quarter Quarter, int Incidents, ImmutableArray<int> BySeverity, int Unclassified, DurationStats Detect, DurationStats Resolve, int Repeats)
{
    /// <summary>Near misses that started in the quarter.</summary>
    public int NearMisses { get; init; }
}
