using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>
/// Everything the per-document step of analysis reads of one incident: the text of each search field,
/// the weighted texts similarity compares, and what its search result shows without an excerpt. Nothing else goes into an <see cref="AnalysedDocument"/>,
/// so two equal inputs give equal results (what a cache of that step relies on).
/// </summary>
/// <param name="SearchFields">The text of each lunr field (see <see cref="SearchIndexer.FieldsOf"/>).</param>
/// <param name="Texts">The parts similarity counts, in their fixed order (their place fixes their weight).</param>
/// <param name="ShownText">What a search result shows without an excerpt (see <see cref="SearchIndexer.ShownText"/>).</param>
public sealed record DocumentInput(string Id, Dictionary<string, LunrFieldValue> SearchFields, IReadOnlyList<WeightedText> Texts, string ShownText)
{
    /// <param name="bodyText">The body's plain text (the incident may no longer carry it).</param>
    /// <param name="prompts">
    /// The template's prompts, which similarity leaves out of drafts (<see cref="SimilarityInput.TextsOf(RenderedPostmortem, string, TemplatePrompts)"/>).
    /// Search keeps them: a draft's prompts are words on its page.
    /// </param>
    public static DocumentInput Of(RenderedPostmortem incident, string bodyText, TemplatePrompts prompts) => new(
        incident.Id, SearchIndexer.FieldsOf(incident, bodyText), SimilarityInput.TextsOf(incident, bodyText, prompts), SearchIndexer.ShownText(incident));
}
