using System.Collections.Concurrent;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Analysis;

/// <summary>The per-document step computed afresh: lunr's pipeline over the search fields, similarity's counts, the excerpt sentences.</summary>
public sealed class DocumentAnalyser : IDocumentAnalyser
{
    /// <summary>
    /// How many tokens a memo keeps from one document to the next: a knowledge base's common words, and
    /// a table small enough to stay in the processor's cache (a long-tailed archive's rare words would
    /// otherwise grow it to the size of the shared cache).
    /// </summary>
    private const int MemoTokens = 1 << 14;

    /// <summary>Search and similarity read the same words through the same pipeline: one cache serves both.</summary>
    private LunrWordCache _words = new();
    private LunrIndexBuilder _search;

    /// <summary>
    /// Memos no document is being read with: each document takes one and gives it back, so the common
    /// words one document looked up are found by the next without asking the shared cache, and its
    /// tally tables (<see cref="LunrWordMemo.Tally"/>) need not grow again.
    /// </summary>
    private readonly ConcurrentStack<LunrWordMemo> _memos = [];

    public DocumentAnalyser() => _search = new LunrIndexBuilder(SearchFields.All, words: _words);

    /// <summary>
    /// Lets go of every word met (a long-tailed archive's cache holds a million of them, over 100 MB): the
    /// indexes are built from the results, never from the cache, and a one-off build analyses no document
    /// after this. A document analysed after all the same starts a new cache.
    /// </summary>
    public void EndOfDocuments()
    {
        _words = new();
        _search = new LunrIndexBuilder(SearchFields.All, words: _words);
        _memos.Clear();
    }

    /// <remarks>
    /// One memo for the document: its body is read three times (indexed, for the excerpt, counted), cut
    /// into words once for the first and last (see <see cref="LunrWordMemo.WordsOf"/>), its words looked
    /// up in the shared cache at most once.
    /// </remarks>
    public AnalysedDocument Analyse(DocumentInput input)
    {
        var words = _memos.TryPop(out var memo) ? memo : _words.Memo();
        try
        {
            return new(SearchIndexer.Analyse(_search, input.SearchFields, input.ShownText, words), TermCounter.Count(input.Texts, words));
        }
        finally
        {
            words.EndDocument(MemoTokens);
            _memos.Push(words);
        }
    }
}
