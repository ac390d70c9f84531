using System.Collections.Immutable;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>
/// The analysis stage: orders incidents, builds the taxonomies, the links between incidents, the search
/// index, the similar incidents of each and the possible repeats.
/// </summary>
public static class SiteAnalyzer
{
    public static SiteModel Analyze(IReadOnlyList<RenderedPostmortem> rendered, SiteConfig config, DateTimeOffset buildTime)
    {
        var incidents = rendered.OrderBy(r => r.Postmortem, IncidentOrder.NewestFirst).ToList();

        using var similarity = new SimilarityIndex(incidents, config.Similarity, i => i.BodyText);
        var similar = incidents.AsParallel().AsOrdered()
            .Select(i => (i.Id, List: similarity.SimilarTo(i.Id, 4 * config.Similarity.Show)))
            .ToImmutableDictionary(x => x.Id, x => x.List, StringComparer.Ordinal);

        return new SiteModel(
            config,
            buildTime,
            [.. incidents],
            TaxonomyBuilder.Build(incidents, config),
            IncidentLinks.Build(incidents),
            SearchIndexer.Build(incidents, config),
            similar,
            [.. RepeatDetector.Detect(incidents, similar, config.Similarity)]);
    }
}
