using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search;

/// <summary>What the result list shows for one incident; kept apart from the index so the index stays lean.</summary>
/// <param name="Url">The incident page, relative to the site root.</param>
/// <param name="Date">ISO date of the incident start, or null when undated.</param>
/// <param name="Severity">Severity id, or null.</param>
/// <param name="SeverityRank">0 for the most severe level; null when unclassified.</param>
/// <param name="Excerpt">Body sentences a result may show around the matched words (<see cref="SearchExcerpt"/>).</param>
public sealed record SearchDocument(
    string Id,
    string Title,
    string Url,
    string? Date,
    string? DateDisplay,
    string? Severity,
    string? SeverityLabel,
    int? SeverityRank,
    ImmutableArray<string> Tags,
    ImmutableArray<string> Services,
    string Summary,
    ImmutableArray<string> Excerpt)
{
    /// <summary>
    /// A near miss (<c>kind: near-miss</c>), which the search page can filter on (issue 22). The filters'
    /// file carries it; the result-list data does not, so its files stay as they were.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool NearMiss { get; init; }
}
