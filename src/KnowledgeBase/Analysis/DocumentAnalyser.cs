using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Analysis;

/// <summary>The per-document step computed afresh: lunr's pipeline over the search fields, similarity's counts, the excerpt sentences.</summary>
public sealed class DocumentAnalyser : IDocumentAnalyser
{
    private readonly LunrIndexBuilder _search = new(SearchFields.All);
    private readonly TermCounter _text = new();

    public AnalysedDocument Analyse(DocumentInput input) =>
        new(SearchIndexer.Analyse(_search, input.SearchFields, input.ShownText), _text.Count(input.Texts));
}
