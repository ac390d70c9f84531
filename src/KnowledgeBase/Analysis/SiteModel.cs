using System.Collections.Immutable;
using KnowledgeBase.Analysis.Actions;
using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Analysis.Patterns;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>Everything the theme needs to write the site: the incidents, newest first, and what was computed from them.</summary>
/// <param name="Incidents">The incidents, newest first. Their <c>BodyText</c> is empty: analysis has read it.</param>
/// <param name="Similar">Each incident's ranked similar incidents (more than a page shows), reasons given to those its page shows.</param>
/// <param name="OnPages">What each incident's page lists as similar, by group, and its possible duplicates.</param>
/// <param name="SimilarityIndex">Finds the incidents similar to a draft (<c>kb similar</c>, <c>kb new</c>) without reading every body again.</param>
/// <param name="Actions">Every action item as of the build date, for the actions page and <c>kb actions</c>.</param>
/// <param name="Metrics">The learning loop in numbers, for the metrics page.</param>
/// <param name="Facts">Which dimensions (severity, services, factors, action items, repeats) have any data, and the action item counts.</param>
/// <param name="Patterns">What recurs across incidents: factor tags and categories, services by category, groups of similar incidents.</param>
public sealed record SiteModel(
    SiteConfig Config,
    DateTimeOffset BuildTime,
    ImmutableArray<RenderedPostmortem> Incidents,
    ImmutableArray<Taxonomy> Taxonomies,
    ImmutableDictionary<string, ImmutableArray<IncidentLink>> Links,
    SearchData Search,
    ImmutableDictionary<string, IReadOnlyList<SimilarIncident>> Similar,
    ImmutableDictionary<string, PageSimilar> OnPages,
    ImmutableArray<PossibleRepeat> Repeats,
    SimilarityIndex SimilarityIndex,
    ActionItemReport Actions,
    MetricsReport Metrics,
    SiteFacts Facts,
    PatternReport Patterns)
{
    /// <summary>One of the four taxonomies, which analysis always builds (empty when no incident has a term).</summary>
    public Taxonomy Taxonomy(TaxonomyKind kind) => Taxonomies.First(t => t.Kind == kind);

    /// <summary>The rank of a severity id (0 = most severe); unclassified sorts after every level.</summary>
    public int SeverityRank(string? id) =>
        id is not null && Config.FindSeverity(id) is { } level ? level.Rank : int.MaxValue;
}
