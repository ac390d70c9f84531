using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// The search stage: one lunr document per incident (title, tags, services, contributing factors,
/// summary with impact, and the body's text) plus the display data the result list needs.
/// </summary>
public static class SearchIndexer
{
    /// <param name="bodyText">An incident's body as plain text (the site model's incidents no longer carry it).</param>
    public static SearchData Build(IReadOnlyList<RenderedPostmortem> incidents, SiteConfig config, Func<RenderedPostmortem, string> bodyText) =>
        Build(incidents, config, Analyse(incidents, bodyText));

    /// <summary>
    /// Tokenizing and stemming each incident's fields, the costly part, on every core, and picking the
    /// body sentences its search result may show (<see cref="SearchExcerpt"/>); the only step that reads
    /// the texts, so they can be let go before the index is built.
    /// </summary>
    public static List<SearchAnalysis> Analyse(IReadOnlyList<RenderedPostmortem> incidents, Func<RenderedPostmortem, string> bodyText)
    {
        var builder = new LunrIndexBuilder(SearchFields.All);
        return [.. incidents.AsParallel().AsOrdered().Select(incident => Analyse(builder, FieldsOf(incident, bodyText(incident)), ShownText(incident)))];
    }

    /// <summary>One incident's part of <see cref="Analyse(IReadOnlyList{RenderedPostmortem}, Func{RenderedPostmortem, string})"/>: its fields through lunr's pipeline, and its excerpt from the body field.</summary>
    /// <param name="builder">Whose remembered stems to use; safe from several threads at once.</param>
    /// <param name="words">The document's remembered words; a new memo of the builder's cache when null.</param>
    public static SearchAnalysis Analyse(LunrIndexBuilder builder, IReadOnlyDictionary<string, LunrFieldValue> fields, string shownText, LunrWordMemo? words = null)
    {
        words ??= builder.Memo();
        return new(builder.Analyse(fields, words), SearchExcerpt.Of(fields[SearchFields.Body].Text ?? "", shownText, words));
    }

    /// <summary>The index and its chunks from the analysed documents (<see cref="Analyse"/>), added in order as lunr adds.</summary>
    /// <param name="analysed">
    /// Emptied once its documents are added: their term lists are let go as soon as the index is built,
    /// not held while it is chunked (at 10,000 long-tailed postmortems some 140 MB).
    /// </param>
    /// <param name="keepIndex">Keep the whole index beside its chunks (<see cref="SearchData.Index"/>); when not, it is never made.</param>
    public static SearchData Build(IReadOnlyList<RenderedPostmortem> incidents, SiteConfig config, List<SearchAnalysis> analysed, bool keepIndex = true)
    {
        var documents = new List<SearchDocument>(incidents.Count);
        var (kept, weights) = BuildIndex(incidents, config, analysed, documents, keepIndex);
        return new SearchData(kept, [.. documents], Chunks.SearchChunker.Chunk(weights, documents), Chunks.SearchFacetsWriter.Write(documents));
    }

    /// <summary>
    /// The site's chunks are written from the weights filed by term: straight from the builder, or from the
    /// whole index when it is kept (the same weights).
    /// </summary>
    private static (LunrIndex? Kept, TermWeights Weights) BuildIndex(IReadOnlyList<RenderedPostmortem> incidents, SiteConfig config, List<SearchAnalysis> analysed, List<SearchDocument> documents, bool keepIndex)
    {
        var builder = AddAll(incidents, config, analysed, documents);
        if (!keepIndex)
        {
            return (null, builder.BuildWeights());
        }

        var index = builder.Build();
        return (index, TermWeights.Of(index, documents));
    }

    /// <summary>Adds the analysed documents in order, each let go as soon as the builder holds it in its own form.</summary>
    private static LunrIndexBuilder AddAll(IReadOnlyList<RenderedPostmortem> incidents, SiteConfig config, List<SearchAnalysis> analysed, List<SearchDocument> documents)
    {
        var builder = new LunrIndexBuilder(SearchFields.All);
        for (var i = 0; i < incidents.Count; i++)
        {
            builder.Add(incidents[i].Id, analysed[i].Document);
            documents.Add(DocumentOf(incidents[i], config, analysed[i].Excerpt));
            analysed[i] = null!;
        }

        analysed.Clear();
        return builder;
    }

    /// <summary>What a result shows without an excerpt, whose words an excerpt need not show again: the title and the summary.</summary>
    public static string ShownText(RenderedPostmortem incident) => incident.Postmortem.Title + "\n" + incident.Summary;

    /// <summary>The text of each field. Tags and services are joined with spaces, so they split into words like any text.</summary>
    public static Dictionary<string, LunrFieldValue> FieldsOf(RenderedPostmortem incident, string bodyText)
    {
        var p = incident.Postmortem;
        var factors = p.ContributingFactors.Select(f => $"{f.Category} {f.Description} {string.Join(' ', f.Tags)}");
        return new Dictionary<string, LunrFieldValue>(StringComparer.Ordinal)
        {
            [SearchFields.Title] = p.Title,
            [SearchFields.Tags] = string.Join(' ', p.Tags),
            [SearchFields.Services] = string.Join(' ', p.Services),
            [SearchFields.Factors] = string.Join('\n', factors),
            [SearchFields.Summary] = string.Join('\n', new[] { incident.Summary, p.Impact ?? "" }),
            [SearchFields.Body] = bodyText,
        };
    }

    private static SearchDocument DocumentOf(RenderedPostmortem incident, SiteConfig config, ImmutableArray<string> excerpt)
    {
        var p = incident.Postmortem;
        var severity = p.Severity is null ? null : config.FindSeverity(p.Severity);
        return new SearchDocument(
            p.Id, p.Title, SitePaths.Incident(p.Id), p.Date?.IsoDate, p.Date?.Display,
            severity?.Id, severity?.Label, severity?.Rank, p.Tags, p.Services, incident.Summary, excerpt)
        {
            NearMiss = p.IsNearMiss,
        };
    }
}

/// <summary>An incident as the search stage read it: its fields after lunr's pipeline, and its excerpt sentences.</summary>
public sealed record SearchAnalysis(LunrAnalysedDocument Document, ImmutableArray<string> Excerpt);
