using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Analysis;

/// <summary>The per-document step computed afresh: lunr's pipeline over the search fields, and similarity's counts.</summary>
public sealed class DocumentAnalyser : IDocumentAnalyser
{
    private readonly LunrIndexBuilder _search = new(SearchFields.All);
    private readonly TermCounter _text = new();

    public AnalysedDocument Analyse(DocumentInput input) => new(_search.Analyse(input.SearchFields), _text.Count(input.Texts));
}
