namespace KnowledgeBase.Analysis.Search;

/// <summary>One term of the inverted index: its position in the term order and, per field, the documents holding it.</summary>
public sealed class LunrPosting(int termIndex, int fieldCount)
{
    public int TermIndex { get; } = termIndex;

    /// <summary>Document refs per field (in field order), each in the order documents were added.</summary>
    public List<string>[] Documents { get; } = [.. Enumerable.Range(0, fieldCount).Select(_ => new List<string>())];

    /// <summary>lunr.idf counts a document once per field it holds the term in.</summary>
    public int DocumentsWithTerm => Documents.Sum(d => d.Count);
}
