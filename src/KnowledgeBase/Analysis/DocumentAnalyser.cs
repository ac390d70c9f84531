using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Analysis;

/// <summary>The per-document step computed afresh: lunr's pipeline over the search fields, similarity's counts, the excerpt sentences.</summary>
public sealed class DocumentAnalyser : IDocumentAnalyser
{
    private readonly LunrIndexBuilder _search = new(SearchFields.All);
    private readonly TermCounter _text = new();

    public AnalysedDocument Analyse(DocumentInput input) => new(
        _search.Analyse(input.SearchFields),
        _text.Count(input.Texts),
        SearchExcerpt.Of(input.SearchFields[SearchFields.Body].Text ?? "", input.ShownText, _search));
}
