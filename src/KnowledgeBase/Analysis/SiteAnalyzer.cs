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
    /// <param name="memo">Per-document analysis kept by earlier builds of the same process (<c>kb serve</c>).</param>
    public static SiteModel Analyze(IReadOnlyList<RenderedPostmortem> rendered, SiteConfig config, DateTimeOffset buildTime, AnalysisMemo? memo = null)
    {
        var incidents = rendered.OrderBy(r => r.Postmortem, IncidentOrder.NewestFirst).ToList();
        memo?.KeepOnly(incidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal));

        using var similarity = new SimilarityIndex(incidents, config.Similarity, i => i.BodyText, memo);
        var similar = incidents.AsParallel().AsOrdered()
            .Select(i => (i.Id, List: similarity.SimilarTo(i.Id, 4 * config.Similarity.Show)))
            .ToImmutableDictionary(x => x.Id, x => x.List, StringComparer.Ordinal);

        return new SiteModel(
            config,
            buildTime,
            [.. incidents],
            TaxonomyBuilder.Build(incidents, config),
            IncidentLinks.Build(incidents),
            SearchIndexer.Build(incidents, config, memo),
            similar,
            [.. RepeatDetector.Detect(incidents, similar, config.Similarity)]);
    }
}
