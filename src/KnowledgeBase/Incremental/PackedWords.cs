using System.Collections.Concurrent;
using KnowledgeBase.Analysis;

namespace KnowledgeBase.Incremental;

/// <summary>
/// The words of the analysis pack, each stored once and named by a number in its entries. A document's
/// analysis is a few thousand words, almost all of them shared with other documents: stored as text in
/// each entry (JSON, before), the pack was 278 MB for 10,000 long-tailed postmortems and reading it back
/// cost about what analysing again did, since every word read had to be looked up to be shared.
/// </summary>
/// <remarks>
/// A build reads the previous pack's words (<see cref="Previous"/>) and numbers anew only those its own
/// entries use (<see cref="Renumber"/>, <see cref="NumberOf"/>): the next pack's table is exactly its
/// entries' words, so words of documents that are gone do not pile up from build to build. Numbers are
/// given in whatever order the threads ask: the pack differs from run to run, what it decodes to does not.
/// Safe for several threads.
/// </remarks>
internal sealed class PackedWords
{
    /// <summary>The table's key in the pack; a document's key is a hexadecimal hash, never this.</summary>
    public const string Key = "words";

    private readonly string[] _previous;

    /// <summary>The next number of each previous word, or -1 while no entry of this build has used it.</summary>
    private readonly int[] _renumbered;

    /// <summary>The previous words by text, made only when a new entry is written (a warm build writes few).</summary>
    private readonly Lazy<Dictionary<string, int>> _previousNumbers;

    /// <summary>Words no previous entry had, by text; written under <see cref="_gate"/>, read without it.</summary>
    private readonly ConcurrentDictionary<string, int> _fresh = new(StringComparer.Ordinal);

    private readonly List<string> _next = [];
    private readonly Lock _gate = new();

    private PackedWords(string[] previous)
    {
        _previous = previous;
        PreviousNumbering = new TermNumbering(previous.Length);
        _renumbered = new int[previous.Length];
        Array.Fill(_renumbered, -1);
        _previousNumbers = new(() =>
        {
            var numbers = new Dictionary<string, int>(_previous.Length, StringComparer.Ordinal);
            for (var i = 0; i < _previous.Length; i++)
            {
                numbers.TryAdd(_previous[i], i);
            }

            return numbers;
        });
    }

    /// <summary>A table with no previous words (a cold build, or a pack without a readable table).</summary>
    public static PackedWords Empty() => new([]);

    /// <summary>The table a pack stored (see <see cref="ToBytes"/>); an <see cref="InvalidDataException"/> when damaged.</summary>
    public static PackedWords Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new PackReader(bytes);
        var count = reader.Count();
        var words = new string[count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.Text();
        }

        reader.End();
        return new PackedWords(words);
    }

    /// <summary>How many words the previous pack named.</summary>
    public int PreviousCount => _previous.Length;

    /// <summary>The previous pack's numbers, as the numbering of the terms its entries are read back with (see <see cref="TermNumbering"/>).</summary>
    public TermNumbering PreviousNumbering { get; }

    /// <summary>The previous pack's word numbered <paramref name="number"/>; an <see cref="InvalidDataException"/> when there is none.</summary>
    public string Previous(int number) =>
        (uint)number < (uint)_previous.Length ? _previous[number] : throw new InvalidDataException("a word the table does not have");

    /// <summary>The next pack's number for the previous pack's word <paramref name="number"/>.</summary>
    public int Renumber(int number)
    {
        var next = Volatile.Read(ref _renumbered[number]);
        if (next >= 0)
        {
            return next;
        }

        lock (_gate)
        {
            if (_renumbered[number] < 0)
            {
                Volatile.Write(ref _renumbered[number], Append(_previous[number]));
            }

            return _renumbered[number];
        }
    }

    /// <summary>The next pack's number for <paramref name="word"/>, given it when it has none yet.</summary>
    public int NumberOf(string word)
    {
        if (_previous.Length > 0 && _previousNumbers.Value.TryGetValue(word, out var previous))
        {
            return Renumber(previous);
        }

        if (_fresh.TryGetValue(word, out var number))
        {
            return number;
        }

        lock (_gate)
        {
            if (!_fresh.TryGetValue(word, out number))
            {
                number = Append(word);
                _fresh[word] = number;
            }

            return number;
        }
    }

    /// <summary>The next pack's table: every word this build's entries used, in the order they were numbered.</summary>
    public byte[] ToBytes()
    {
        lock (_gate)
        {
            var writer = new PackWriter();
            writer.Count(_next.Count);
            foreach (var word in _next)
            {
                writer.Text(word);
            }

            return writer.ToArray();
        }
    }

    private int Append(string word)
    {
        _next.Add(word);
        return _next.Count - 1;
    }
}
