using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>The analysis stage: orders incidents, builds the taxonomies, the links between incidents and the search index.</summary>
public static class SiteAnalyzer
{
    public static SiteModel Analyze(IReadOnlyList<RenderedPostmortem> rendered, SiteConfig config, DateTimeOffset buildTime)
    {
        var incidents = rendered.OrderBy(r => r.Postmortem, IncidentOrder.NewestFirst).ToList();
        return new SiteModel(
            config,
            buildTime,
            [.. incidents],
            TaxonomyBuilder.Build(incidents, config),
            IncidentLinks.Build(incidents),
            SearchIndexer.Build(incidents, config));
    }
}
