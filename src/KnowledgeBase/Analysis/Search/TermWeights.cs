using System.Collections.Immutable;
using System.Globalization;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// Every weight of a lunr index filed by term and field: for each, the documents (by number, in the order
/// added) holding the term in that field and the term's weight in that document field's vector. This is
/// all the search chunks are written from. Held as flat arrays rather than a list per term and field: at
/// 10,000 long-tailed postmortems that is 1.5 million lists less (some 200 MB).
/// </summary>
/// <remarks>
/// A weight is kept as the whole number of thousandths lunr rounds it to: half the memory of a double,
/// and <c>thousandths / 1000.0</c> is the very double lunr's <c>Math.round(score * 1000) / 1000</c> gives.
/// </remarks>
public sealed class TermWeights
{
    private readonly int[] _starts;
    private readonly int[] _documents;
    private readonly int[] _thousandths;

    /// <param name="terms">The index's terms, sorted by ordinal order.</param>
    /// <param name="termIndices">Each of <paramref name="terms"/>' term index, at the same place.</param>
    /// <param name="starts">Where the list of term index t in field f starts in the two arrays: at <c>t × fields + f</c>; one more at the end.</param>
    internal TermWeights(ImmutableArray<string> fieldNames, ImmutableArray<string> terms, ImmutableArray<int> termIndices, int[] starts, int[] documents, int[] thousandths)
    {
        FieldNames = fieldNames;
        Terms = terms;
        TermIndices = termIndices;
        _starts = starts;
        _documents = documents;
        _thousandths = thousandths;
    }

    /// <summary>The index's fields, in its order.</summary>
    public ImmutableArray<string> FieldNames { get; }

    public int Fields => FieldNames.Length;

    /// <summary>The index's terms, sorted as lunr sorts its inverted index (by ordinal order).</summary>
    public ImmutableArray<string> Terms { get; }

    /// <summary>The term index of each of <see cref="Terms"/>, at the same place.</summary>
    public ImmutableArray<int> TermIndices { get; }

    /// <summary>The documents holding term <paramref name="termIndex"/> in <paramref name="field"/>, in the order added, and its weight in each.</summary>
    public (ReadOnlyMemory<int> Documents, ReadOnlyMemory<int> Thousandths) Of(int termIndex, int field)
    {
        var slot = termIndex * Fields + field;
        var (start, end) = (_starts[slot], _starts[slot + 1]);
        return (_documents.AsMemory(start, end - start), _thousandths.AsMemory(start, end - start));
    }

    /// <summary>A weight as lunr writes it (see the remarks).</summary>
    public static double Weight(int thousandths) => thousandths / 1000.0;

    /// <summary>The most bytes <see cref="WriteWeight"/> writes: a sign, ten digits, a point.</summary>
    public const int MaxWeightBytes = 12;

    /// <summary>
    /// Writes <see cref="Weight"/> as JSON writes that double (the shortest decimal that reads back as it), from
    /// the whole thousandths: the same bytes without formatting a double. A search's term chunks hold some 10
    /// million weights at 10,000 long-tailed postmortems, and formatting them as doubles was half the time
    /// spent writing the chunks.
    /// </summary>
    /// <returns>How many bytes were written into <paramref name="utf8"/> (at least <see cref="MaxWeightBytes"/> long).</returns>
    /// <remarks>
    /// Why the bytes agree: <c>thousandths / 1000.0</c> is the double nearest that decimal, so the decimal reads
    /// back as it; no shorter decimal does, since two decimals of at most three places differ by a thousandth,
    /// far more than the gap between doubles of this size.
    /// </remarks>
    public static int WriteWeight(int thousandths, Span<byte> utf8)
    {
        var at = 0;
        long value = thousandths;
        if (value < 0)
        {
            utf8[at++] = (byte)'-';
            value = -value;
        }

        var (whole, fraction) = Math.DivRem(value, 1000);
        whole.TryFormat(utf8[at..], out var digits, provider: CultureInfo.InvariantCulture);
        at += digits;
        if (fraction != 0)
        {
            utf8[at++] = (byte)'.';
            for (var scale = 100; fraction != 0; scale /= 10)
            {
                utf8[at++] = (byte)('0' + (fraction / scale));
                fraction %= scale;
            }
        }

        return at;
    }

    /// <summary>
    /// A score as the number of thousandths lunr rounds it to, <c>Math.round(score * 1000)</c>: JavaScript
    /// rounds halves up, which for positive scores is away from zero.
    /// </summary>
    public static int Thousandths(double weight) => checked((int)Math.Round(weight * 1000, MidpointRounding.AwayFromZero));

    /// <summary>
    /// Files a whole index's field vectors, documents numbered in the order of <paramref name="documents"/>.
    /// A site's build files its weights straight from the builder (<see cref="LunrIndexBuilder.BuildWeights"/>);
    /// this is for an index kept whole (the conformance tests and the bench), and gives the same weights.
    /// </summary>
    public static TermWeights Of(LunrIndex index, IReadOnlyList<SearchDocument> documents)
    {
        var documentNumber = documents.Select((d, n) => (d.Id, n)).ToDictionary(x => x.Id, x => x.n, StringComparer.Ordinal);
        var fieldNumber = index.Fields.Select((f, n) => (f, n)).ToDictionary(x => x.f, x => x.n, StringComparer.Ordinal);
        var fields = index.Fields.Length;
        var vectors = index.FieldVectors.Select(v =>
        {
            var slash = v.FieldRef.IndexOf('/', StringComparison.Ordinal);
            return (Field: fieldNumber[v.FieldRef[..slash]], Document: documentNumber[v.FieldRef[(slash + 1)..]], v.Elements);
        }).ToList();

        var filing = new Filing(index.InvertedIndex.Count, fields);
        foreach (var (field, _, elements) in vectors)
        {
            foreach (var (termIndex, _) in elements)
            {
                filing.Count(termIndex, field);
            }
        }

        filing.Allocate();
        foreach (var (field, document, elements) in vectors)
        {
            foreach (var (termIndex, weight) in elements)
            {
                filing.File(termIndex, field, document, Thousandths(weight));
            }
        }

        return filing.Done(index.Fields, [.. index.InvertedIndex.Keys], [.. index.InvertedIndex.Values.Select(p => p.TermIndex)]);
    }

    /// <summary>
    /// Files weights in two passes: every (term, field) pair counted first, so that each list gets its place
    /// in the flat arrays, then each weight filed at the end of its list. Filed in document order, each list
    /// is in document order.
    /// </summary>
    internal sealed class Filing(int termCount, int fields)
    {
        private readonly int[] _starts = new int[(termCount * fields) + 1];
        private int[] _next = [];
        private int[] _documents = [];
        private int[] _thousandths = [];

        public void Count(int termIndex, int field) => _starts[(termIndex * fields) + field + 1]++;

        public void Allocate()
        {
            for (var slot = 1; slot < _starts.Length; slot++)
            {
                _starts[slot] += _starts[slot - 1];
            }

            _next = _starts[..^1];
            _documents = new int[_starts[^1]];
            _thousandths = new int[_starts[^1]];
        }

        public void File(int termIndex, int field, int document, int thousandths)
        {
            var at = _next[(termIndex * fields) + field]++;
            _documents[at] = document;
            _thousandths[at] = thousandths;
        }

        public TermWeights Done(ImmutableArray<string> fieldNames, ImmutableArray<string> sortedTerms, ImmutableArray<int> termIndices) =>
            new(fieldNames, sortedTerms, termIndices, _starts, _documents, _thousandths);
    }
}
