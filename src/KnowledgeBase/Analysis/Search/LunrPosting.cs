namespace KnowledgeBase.Analysis.Search;

/// <summary>One term of the inverted index: its position in the term order and, per field, the documents holding it.</summary>
/// <remarks>
/// The documents are one array of numbers, each a document's ordinal and a field, in the order they were
/// added: a long-tailed knowledge base has hundreds of thousands of terms, and a list of document refs
/// per term and field (most of them empty) took some 180 MB at 10,000 postmortems.
/// </remarks>
public sealed class LunrPosting(int termIndex, int fieldCount)
{
    private int[] _entries = [];

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

    /// <summary>Notes that document <paramref name="document"/> holds the term in <paramref name="field"/> (once however often it is said).</summary>
    internal void Add(int document, int field)
    {
        var entry = checked((document * fieldCount) + field);
        if (Array.IndexOf(_entries, entry, Math.Max(0, DocumentsWithTerm - fieldCount), Math.Min(DocumentsWithTerm, fieldCount)) >= 0)
        {
            return;
        }

        if (DocumentsWithTerm == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(2, _entries.Length * 2));
        }

        _entries[DocumentsWithTerm++] = entry;
    }

    /// <summary>Lets go of the room kept for documents not added: the index is built.</summary>
    internal void Trim()
    {
        if (_entries.Length != DocumentsWithTerm)
        {
            Array.Resize(ref _entries, DocumentsWithTerm);
        }
    }
}
