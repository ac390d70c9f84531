namespace KnowledgeBase.Analysis.Search;

/// <summary>One term of the inverted index: its position in the term order and, per field, the documents holding it.</summary>
/// <remarks>
/// The documents are one array of numbers, each a document's ordinal and a field, in the order they were
/// added: a long-tailed knowledge base has hundreds of thousands of terms, and a list of document refs
/// per term and field (most of them empty) took some 180 MB at 10,000 postmortems.
/// </remarks>
/// <param name="documentFields">How many document fields hold the term: the builder counted them before it lists them.</param>
public sealed class LunrPosting(int termIndex, int fieldCount, int documentFields)
{
    private readonly int[] _entries = new int[documentFields];

    public int TermIndex { get; } = termIndex;

    /// <summary>lunr.idf counts a document once per field it holds the term in.</summary>
    public int DocumentsWithTerm { get; private set; }

    /// <summary>The ordinals (in the order added, see <see cref="LunrIndex.DocumentRefs"/>) of the documents holding the term in field <paramref name="field"/>.</summary>
    public IEnumerable<int> DocumentsIn(int field)
    {
        for (var i = 0; i < DocumentsWithTerm; i++)
        {
            if (_entries[i] % fieldCount == field)
            {
                yield return _entries[i] / fieldCount;
            }
        }
    }

    /// <summary>Notes that document <paramref name="document"/> holds the term in <paramref name="field"/>: each document field once, in the order added.</summary>
    internal void Add(int document, int field) =>
        _entries[DocumentsWithTerm++] = checked((document * fieldCount) + field);
}
