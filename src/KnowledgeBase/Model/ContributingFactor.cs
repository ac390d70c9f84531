using System.Collections.Immutable;

namespace KnowledgeBase.Model;

/// <summary>A condition of the system or organisation that made the incident possible or worse.</summary>
public sealed record ContributingFactor(string Category, string Description, ImmutableArray<string> Tags)
{
    /// <summary>The word <see cref="Influences"/> uses for the incident's impact, the map's last column.</summary>
    public const string Impact = "impact";

    /// <summary>A slug unique in the postmortem, by which action items address it and other factors point at it; null when not given.</summary>
    public string? Id { get; init; }

    /// <summary>The ids of the factors of the same postmortem this one made possible or worse, or <see cref="Impact"/>.</summary>
    public ImmutableArray<string> Influences { get; init; } = [];

    /// <summary>Why no action item addresses this factor (an accepted risk, work done elsewhere); satisfies the integration gate.</summary>
    public string? NoAction { get; init; }
}
