using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using KnowledgeBase.Analysis.Actions;
using KnowledgeBase.Analysis.Metrics;
using KnowledgeBase.Analysis.Patterns;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>
/// The analysis stage: orders incidents, builds the taxonomies, the links between incidents, the search
/// index, the similar incidents of each, the possible repeats and which dimensions have data at all.
/// </summary>
public static class SiteAnalyzer
{
    /// <param name="analyser">The per-document step (a build may wrap it to reuse what earlier builds computed); afresh when null.</param>
    /// <param name="keepSearchIndex">Keep the whole search index beside its chunks (see <see cref="SearchData.Index"/>).</param>
    /// <param name="prompts">The postmortem template's prompts, which similarity does not compare in drafts.</param>
    /// <remarks>
    /// Compiled optimized from its first call. It runs once per build, so it would otherwise run as
    /// unoptimized code, whose hidden temporaries keep every intermediate list (the term counts, the
    /// analysed documents) alive until it returns, however the named ones are let go: at 10,000
    /// postmortems the peak grew from 0.91–0.99 GB to 0.96–1.2 GB without it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SiteModel Analyze(IReadOnlyList<RenderedFile> rendered, SiteConfig config, DateTimeOffset buildTime, IDocumentAnalyser? analyser = null, bool keepSearchIndex = false, TemplatePrompts? prompts = null)
    {
        // The bodies' plain text is read here, once, by similarity and search, and nowhere after: the site
        // model's incidents do not carry it, so a large knowledge base's text is not held while pages are written.
        var ordered = rendered.OrderBy(r => r.Incident.Postmortem, IncidentOrder.NewestFirst).ToList();
        var incidents = ordered.ConvertAll(r => r.Incident);

        // Each incident's words, for search and similarity at once, on every core; the only step that reads
        // the texts, so they are let go before the indexes are built (at 10,000 postmortems some 200 MB).
        analyser ??= new DocumentAnalyser();
        prompts ??= TemplatePrompts.None;
        var analysed = ordered.AsParallel().AsOrdered().Select(r => analyser.Analyse(DocumentInput.Of(r.Incident, r.Text.Read(), prompts))).ToList();
        analyser.EndOfDocuments();
        ordered = null!;

        // The search index is built beside the similarity index and its queries, so that its single-threaded
        // steps (adding documents in order, chunking) overlap their parallel ones instead of leaving a core idle.
        List<SearchAnalysis> searchTerms = [.. analysed.Select(a => a.Search)];
        List<TermCounts> textTerms = [.. analysed.Select(a => a.Text)];
        analysed = null!;
        var search = Task.Run(() => SearchIndexer.Build(incidents, config, searchTerms, keepSearchIndex));
        var text = new TextSignal(textTerms, new TermCounter());
        textTerms = null!;
        var similarity = new SimilarityIndex(incidents, config.Similarity, text, prompts);
        var links = IncidentLinks.Build(incidents);
        var show = config.Similarity.Show;
        // Four times what a page shows, so enough remain after linked ones are left out and the rest is
        // split into earlier and later; only those the page will show are explained.
        var ranked = incidents.AsParallel().AsOrdered()
            .Select(i =>
            {
                var linked = links.GetValueOrDefault(i.Id, []).Select(l => l.Target.Id).ToHashSet(StringComparer.Ordinal);
                var list = similarity.SimilarTo(i.Id, 4 * show, r => ShownSimilar.All(i, r, linked, show));
                // The same choice again, now read from the explained list: the page shows what was explained.
                ImmutableArray<SimilarIncident> Group(SimilarGroup group) => [.. ShownSimilar.Select(i, list, linked, show, group)];
                return (i.Id, List: list, Earlier: Group(SimilarGroup.Earlier), Later: Group(SimilarGroup.Later), Undated: Group(SimilarGroup.Undated));
            })
            .ToList();
        var similar = ranked.ToImmutableDictionary(x => x.Id, x => x.List, StringComparer.Ordinal);

        // What is left reads the incidents and the ranked lists, and none reads another's result but the
        // repeats'. One after another they kept one core busy and the other idle once the search index was
        // done (at 10,000 postmortems 0.9 to 1.4 s), so they run side by side. Each is a function of its
        // arguments alone, so the result does not depend on which finishes first.
        var asOf = DateOnly.FromDateTime(buildTime.UtcDateTime);
        var taxonomies = Task.Run(() => TaxonomyBuilder.Build(incidents, config));
        var actions = Task.Run(() => ActionItemReport.Build(incidents.Select(i => i.Postmortem), asOf));
        var patterns = Task.Run(() => PatternReport.Build(incidents, similar, config, asOf));
        var repeated = Task.Run(() =>
        {
            ImmutableArray<PossibleRepeat> repeats = [.. RepeatDetector.Detect(incidents, similar, config.Similarity)];
            return (Repeats: repeats, Metrics: MetricsReport.Build(incidents, repeats, asOf, config), Facts: SiteFacts.Of(incidents, config, repeats.Length, asOf));
        });
        var duplicates = DuplicateDetector.Detect(incidents, similar, config.Similarity);
        var onPages = ranked.ToImmutableDictionary(
            x => x.Id, x => new PageSimilar(x.Earlier, x.Later, x.Undated, duplicates.GetValueOrDefault(x.Id, [])), StringComparer.Ordinal);

        var (repeats, metrics, facts) = repeated.GetAwaiter().GetResult();
        return new SiteModel(
            config,
            buildTime,
            [.. incidents],
            taxonomies.GetAwaiter().GetResult(),
            links,
            search.GetAwaiter().GetResult(),
            similar,
            onPages,
            repeats,
            similarity,
            actions.GetAwaiter().GetResult(),
            metrics,
            facts,
            patterns.GetAwaiter().GetResult());
    }
}
