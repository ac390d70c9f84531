using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search.Chunks;

/// <summary>
/// Every weight of a lunr index filed by term and field: for each, the documents (by number, in index
/// order) holding the term in that field and the term's weight in that document field's vector. Held as
/// three flat arrays rather than a list per term and field: at 10,000 long-tailed postmortems that is 1.5
/// million lists less (some 200 MB). With the index's fields and terms, it is all the chunks are written
/// from, so the index's own vectors (as large again) can be let go before they are.
/// </summary>
public sealed class TermWeights
{
    private readonly int[] _starts;
    private readonly int[] _documents;
    private readonly double[] _weights;

    private TermWeights(ImmutableArray<string> fieldNames, ImmutableSortedDictionary<string, LunrPosting> terms, int[] starts, int[] documents, double[] weights)
    {
        FieldNames = fieldNames;
        Terms = terms;
        _starts = starts;
        _documents = documents;
        _weights = weights;
    }

    /// <summary>The index's fields, in its order.</summary>
    public ImmutableArray<string> FieldNames { get; }

    public int Fields => FieldNames.Length;

    /// <summary>The index's terms, sorted, each with its term index.</summary>
    public ImmutableSortedDictionary<string, LunrPosting> Terms { get; }

    /// <summary>The documents holding term <paramref name="termIndex"/> in <paramref name="field"/>, and its weight in each.</summary>
    public (ReadOnlyMemory<int> Documents, ReadOnlyMemory<double> Weights) Of(int termIndex, int field)
    {
        var slot = termIndex * Fields + field;
        var (start, end) = (_starts[slot], _starts[slot + 1]);
        return (_documents.AsMemory(start, end - start), _weights.AsMemory(start, end - start));
    }

    /// <summary>
    /// Files the index's field vectors, documents numbered in the order of <paramref name="documents"/>;
    /// the vectors come in document order, so each list is in document order too.
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

        var starts = new int[(index.InvertedIndex.Count * fields) + 1];
        foreach (var (field, _, elements) in vectors)
        {
            foreach (var (termIndex, _) in elements)
            {
                starts[(termIndex * fields) + field + 1]++;
            }
        }

        for (var slot = 1; slot < starts.Length; slot++)
        {
            starts[slot] += starts[slot - 1];
        }

        var next = starts[..^1];
        var numbers = new int[starts[^1]];
        var weights = new double[starts[^1]];
        foreach (var (field, document, elements) in vectors)
        {
            foreach (var (termIndex, weight) in elements)
            {
                var at = next[(termIndex * fields) + field]++;
                numbers[at] = document;
                weights[at] = weight;
            }
        }

        return new TermWeights(index.Fields, index.InvertedIndex, starts, numbers, weights);
    }
}
