namespace KnowledgeBase.Analysis;

/// <summary>
/// What each number of a <see cref="TermNumbering"/> was found to stand for, as an id of the reader's own (a
/// term's index, its number in a pack): a number's term is looked up by its text once, each later use is
/// read from an array. Several numberings may be met (documents analysed afresh and documents read back);
/// each has its own array. Not safe from several threads at once: one reader, or one per thread.
/// </summary>
public sealed class NumberedIds
{
    private readonly Dictionary<TermNumbering, int[]> _tables = [];

    /// <summary>The numbering asked about last and its table (id + 1 by number, 0 while unknown): most readers ask about one.</summary>
    private TermNumbering? _current;
    private int[] _table = [];

    /// <summary>
    /// The id <paramref name="number"/> of <paramref name="numbering"/> stands for: the one remembered, else
    /// <paramref name="idOf"/>'s (given <paramref name="state"/>), remembered. A term without a number (-1, or no
    /// numbering) is always given <paramref name="idOf"/>'s. The state carries what the id is found from, so the
    /// function need capture nothing and is made once.
    /// </summary>
    public int GetOrAdd<TState>(TermNumbering? numbering, int number, TState state, Func<TState, int> idOf)
    {
        var id = Find(numbering, number);
        if (id < 0)
        {
            id = idOf(state);
            Remember(numbering, number, id);
        }

        return id;
    }

    /// <summary>The id remembered for <paramref name="number"/> of <paramref name="numbering"/>; -1 when none is (or the term has no number).</summary>
    private int Find(TermNumbering? numbering, int number)
    {
        if (numbering is null || number < 0)
        {
            return -1;
        }

        var table = TableOf(numbering);
        return (uint)number < (uint)table.Length ? table[number] - 1 : -1;
    }

    /// <summary>Remembers the id <paramref name="number"/> of <paramref name="numbering"/> stands for; nothing for a term without a number.</summary>
    private void Remember(TermNumbering? numbering, int number, int id)
    {
        if (numbering is null || number < 0)
        {
            return;
        }

        var table = TableOf(numbering);
        if (number >= table.Length)
        {
            // A numbering still giving numbers (words are met while documents are written): room for those given so far, at least twice over.
            Array.Resize(ref table, Math.Max(Math.Max(number + 1, numbering.Count), 2 * table.Length));
            _tables[numbering] = _table = table;
        }

        table[number] = id + 1;
    }

    private int[] TableOf(TermNumbering numbering)
    {
        if (!ReferenceEquals(numbering, _current))
        {
            if (!_tables.TryGetValue(numbering, out var table))
            {
                _tables[numbering] = table = new int[numbering.Count];
            }

            (_current, _table) = (numbering, table);
        }

        return _table;
    }
}
