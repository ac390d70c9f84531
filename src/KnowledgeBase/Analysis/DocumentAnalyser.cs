using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Analysis;

/// <summary>The per-document step computed afresh: lunr's pipeline over the search fields, similarity's counts, the excerpt sentences.</summary>
public sealed class DocumentAnalyser : IDocumentAnalyser
{
    /// <summary>Search and similarity read the same words through the same pipeline: one cache serves both.</summary>
    private readonly LunrWordCache _words = new();
    private readonly LunrIndexBuilder _search;

    public DocumentAnalyser() => _search = new LunrIndexBuilder(SearchFields.All, words: _words);

    /// <remarks>One memo for the document: its body is read three times (indexed, for the excerpt, counted), its words looked up in the shared cache once.</remarks>
    public AnalysedDocument Analyse(DocumentInput input)
    {
        var words = _words.Memo();
        return new(SearchIndexer.Analyse(_search, input.SearchFields, input.ShownText, words), TermCounter.Count(input.Texts, words));
    }
}
