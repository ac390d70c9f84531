using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// lunr.Builder in C#: runs each field through lunr's index pipeline (trimmer, stop words, stemmer),
/// builds the inverted index and scores every field of every document with BM25, rounded as lunr rounds,
/// so <c>lunr.Index.load</c> in the browser gets the index lunr.js itself would have built.
/// </summary>
/// <remarks>
/// While documents are added it holds only what scoring needs: each term's index and how many document
/// fields hold it, and each document field's terms by index with their counts. A site's build files the
/// scores straight by term (<see cref="BuildWeights"/>), never making the index's vectors and postings,
/// which only an index kept whole needs (<see cref="Build"/>).
/// </remarks>
public sealed class LunrIndexBuilder
{
    private readonly ImmutableArray<LunrField> _fields;
    private readonly double _k1;
    private readonly double _b;

    /// <summary>Each term's index: the order lunr first met the terms in, document by document and field by field.</summary>
    private readonly Dictionary<string, int> _termIndices = new(StringComparer.Ordinal);

    /// <summary>
    /// The term index each term number was found to have (see <see cref="TermNumbering"/>): a long-tailed
    /// archive's fields name some 300,000 terms 10 million times, and looking each use up by its text
    /// waited on memory.
    /// </summary>
    private readonly NumberedIds _numbers = new();

    /// <summary>By term index, how many document fields hold the term: lunr.idf counts a document once per field.</summary>
    private readonly List<int> _fieldsWithTerm = [];

    private readonly List<FieldEntry> _entries = [];

    /// <summary>Each document's ref and boost by its ordinal, the place the postings name it by.</summary>
    private readonly List<string> _documentRefs = [];
    private readonly List<double> _documentBoosts = [];
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);
    private bool _built;

    /// <summary>Each token's term, remembered: a knowledge base repeats its words, and stemming is the costly step.</summary>
    private readonly LunrWordCache _words;

    /// <param name="words">The token cache to share with other readers of the same documents (similarity); a new one when null.</param>
    public LunrIndexBuilder(IEnumerable<LunrField> fields, double k1 = 1.2, double b = 0.75, LunrWordCache? words = null)
    {
        _words = words ?? new LunrWordCache();
        _fields = [.. fields];
        _k1 = k1;
        _b = Math.Clamp(b, 0, 1);
    }

    public int DocumentCount => _documentRefs.Count;

    /// <summary>Adds a document; a field missing from <paramref name="values"/> is empty.</summary>
    public void Add(string docRef, IReadOnlyDictionary<string, LunrFieldValue> values, double boost = 1) =>
        Add(docRef, Analyse(values), boost);

    /// <summary>
    /// Runs a document's fields through the pipeline without adding it. Safe to call from several threads
    /// at once (tokenizing and stemming are the costly part of a build), and its result can be kept and
    /// added again to a later builder while the document does not change.
    /// </summary>
    public LunrAnalysedDocument Analyse(IReadOnlyDictionary<string, LunrFieldValue> values) => Analyse(values, Memo());

    /// <summary>A memo of this builder's token cache for one document (see <see cref="LunrWordMemo"/>).</summary>
    public LunrWordMemo Memo() => _words.Memo();

    /// <summary>As <see cref="Analyse(IReadOnlyDictionary{string, LunrFieldValue})"/>, reading the tokens through a document's memo (one thread's).</summary>
    public LunrAnalysedDocument Analyse(IReadOnlyDictionary<string, LunrFieldValue> values, LunrWordMemo words)
    {
        var fields = ImmutableArray.CreateBuilder<LunrAnalysedField>(_fields.Length);
        var numbers = new List<int>();
        foreach (var field in _fields)
        {
            // A dictionary enumerates in insertion order while nothing is removed (emptying it keeps that):
            // first appearance, as lunr sees them.
            var frequencies = words.Tally();
            numbers.Clear();
            var length = values.TryGetValue(field.Name, out var value) ? Count(value, frequencies, numbers, words) : 0;
            fields.Add(new LunrAnalysedField([.. frequencies], length) { Numbers = [.. numbers] });
        }

        return new LunrAnalysedDocument(fields.MoveToImmutable()) { Numbering = words.Numbering };
    }

    /// <summary>Adds a document analysed by <see cref="Analyse"/> (with this builder's fields).</summary>
    /// <exception cref="ArgumentException">A document with this ref was added already: a lunr index cannot update a document, only be built again.</exception>
    public void Add(string docRef, LunrAnalysedDocument document, double boost = 1)
    {
        if (!_refs.Add(docRef))
        {
            throw new ArgumentException($"a document '{docRef}' was added already: a lunr index is built again, not updated", nameof(docRef));
        }

        var ordinal = _documentRefs.Count;
        _documentRefs.Add(docRef);
        _documentBoosts.Add(boost);
        for (var f = 0; f < _fields.Length; f++)
        {
            // A field's terms are distinct (they are counted), so each is one more field holding its term.
            var field = document.Fields[f];
            var terms = new (int TermIndex, int Frequency)[field.Terms.Length];
            for (var t = 0; t < terms.Length; t++)
            {
                var (term, frequency) = field.Terms[t];
                var termIndex = _numbers.GetOrAdd(document.Numbering, field.NumberAt(t), (Builder: this, Term: term), static s => s.Builder.TermIndexOf(s.Term));
                CollectionsMarshal.AsSpan(_fieldsWithTerm)[termIndex]++;
                terms[t] = (termIndex, frequency);
            }

            _entries.Add(new FieldEntry(f, ordinal, terms, field.Length));
        }
    }

    /// <summary>The term's index, given it when it is new.</summary>
    private int TermIndexOf(string term)
    {
        ref var termIndex = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIndices, term, out var known);
        if (!known)
        {
            termIndex = _fieldsWithTerm.Count;
            _fieldsWithTerm.Add(0);
        }

        return termIndex;
    }

    /// <summary>lunr's default index pipeline. Empty tokens (a word of punctuation only) are kept, as lunr keeps them.</summary>
    public static List<string> IndexPipeline(IEnumerable<string> tokens) =>
        [.. tokens.Select(LunrTrimmer.Trim).Where(t => !LunrStopWords.IsStopWord(t)).Select(LunrStemmer.Stem)];

    /// <summary>
    /// Counts a field's terms after the pipeline into <paramref name="frequencies"/>, each new term's number
    /// into <paramref name="numbers"/> (in the same order), and returns how many there were (the field's
    /// length); text is cut without a string per token.
    /// </summary>
    private static int Count(LunrFieldValue value, Dictionary<string, int> frequencies, List<int> numbers, LunrWordMemo words)
    {
        var length = 0;
        if (value.Items is not null)
        {
            foreach (var item in LunrTokenizer.Tokenize(value.Items))
            {
                Add(words.Of(item));
            }
        }
        else
        {
            foreach (var word in words.WordsOf(value.Text ?? ""))
            {
                Add(word);
            }
        }

        return length;

        void Add(LunrWord word)
        {
            if (word.Term is { } term)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out var known);
                if (!known)
                {
                    numbers.Add(word.Number);
                }

                count++;
                length++;
            }
        }
    }

    /// <summary>
    /// The whole index of the documents added, vectors and postings, as lunr.js holds it. A builder builds
    /// once: it lets go of the documents' terms as it scores them.
    /// </summary>
    public LunrIndex Build()
    {
        var scoring = StartBuilding();
        var postings = new LunrPosting[_termIndices.Count];
        for (var t = 0; t < postings.Length; t++)
        {
            postings[t] = new LunrPosting(t, _fields.Length, _fieldsWithTerm[t]);
        }

        var vectors = ImmutableArray.CreateBuilder<LunrFieldVector>(_entries.Count);
        for (var e = 0; e < _entries.Count; e++)
        {
            // Each entry's terms are let go once scored: the vectors made from them take as much again.
            var entry = _entries[e];
            _entries[e] = null!;
            var elements = new (int TermIndex, double Weight)[entry.Terms.Length];
            for (var t = 0; t < elements.Length; t++)
            {
                var (termIndex, frequency) = entry.Terms[t];
                postings[termIndex].Add(entry.Document, entry.Field);
                elements[t] = (termIndex, TermWeights.Weight(scoring.Thousandths(entry, termIndex, frequency)));
            }

            Array.Sort(elements, (x, y) => x.TermIndex.CompareTo(y.TermIndex));
            vectors.Add(new LunrFieldVector(_fields[entry.Field].Name + "/" + _documentRefs[entry.Document], ImmutableArray.Create(elements)));
        }

        return new LunrIndex(
            [.. _fields.Select(f => f.Name)],
            vectors.ToImmutable(),
            _termIndices.ToImmutableSortedDictionary(kv => kv.Key, kv => postings[kv.Value], StringComparer.Ordinal),
            [.. _documentRefs]);
    }

    /// <summary>
    /// The weights of the documents added filed by term, documents numbered in the order added: what a
    /// site's search chunks are written from, the same as <see cref="TermWeights.Of"/> files from
    /// <see cref="Build"/>'s index, without making the index's vectors and postings (at 10,000 long-tailed
    /// postmortems some 10 million weights, each sorted into its vector only to be filed again by term).
    /// A builder builds once: it lets go of the documents' terms as it files their weights.
    /// </summary>
    public TermWeights BuildWeights()
    {
        var scoring = StartBuilding();
        var filing = new TermWeights.Filing(_termIndices.Count, _fields.Length);
        foreach (var entry in _entries)
        {
            foreach (var (termIndex, _) in entry.Terms)
            {
                filing.Count(termIndex, entry.Field);
            }
        }

        filing.Allocate();
        for (var e = 0; e < _entries.Count; e++)
        {
            var entry = _entries[e];
            _entries[e] = null!;
            foreach (var (termIndex, frequency) in entry.Terms)
            {
                filing.File(termIndex, entry.Field, entry.Document, scoring.Thousandths(entry, termIndex, frequency));
            }
        }

        var terms = new string[_termIndices.Count];
        var termIndices = new int[terms.Length];
        var at = 0;
        foreach (var (term, termIndex) in _termIndices)
        {
            (terms[at], termIndices[at]) = (term, termIndex);
            at++;
        }

        Array.Sort(terms, termIndices, StringComparer.Ordinal);
        return filing.Done([.. _fields.Select(f => f.Name)], ImmutableArray.Create(terms), ImmutableArray.Create(termIndices));
    }

    /// <summary>lunr.idf: a BM25 idf that never goes negative.</summary>
    public static double InverseDocumentFrequency(int documentsWithTerm, int documentCount)
    {
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>Marks the builder built and computes what every score reads: each field's average length and each term's idf.</summary>
    private Scoring StartBuilding()
    {
        if (_built)
        {
            throw new InvalidOperationException("the index was built already: a builder builds once");
        }

        _built = true;
        var averageLengths = new double[_fields.Length];
        for (var f = 0; f < _fields.Length; f++)
        {
            var lengths = _entries.Where(e => e.Field == f).Select(e => (double)e.Length).ToList();
            averageLengths[f] = lengths.Sum() / lengths.Count;
        }

        // Each term's idf, by its index: computed once, and read without hashing the term (a long-tailed
        // knowledge base scores some 10 million of them).
        var idf = new double[_fieldsWithTerm.Count];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = InverseDocumentFrequency(_fieldsWithTerm[t], DocumentCount);
        }

        return new Scoring(this, averageLengths, idf);
    }

    /// <summary>BM25 with lunr's parameters, boosts and rounding.</summary>
    private sealed class Scoring(LunrIndexBuilder builder, double[] averageLengths, double[] idf)
    {
        /// <summary>A term's weight in a document field's vector, in the thousandths lunr rounds it to.</summary>
        public int Thousandths(FieldEntry entry, int termIndex, int tf)
        {
            var (k1, b) = (builder._k1, builder._b);
            // The same operations in the same order as lunr, so the doubles agree to the last bit.
            var score = idf[termIndex] * ((k1 + 1) * tf) / (k1 * (1 - b + b * (entry.Length / averageLengths[entry.Field])) + tf);
            score *= builder._fields[entry.Field].Boost;
            score *= builder._documentBoosts[entry.Document];
            return TermWeights.Thousandths(score);
        }
    }

    /// <param name="Terms">The field's terms (each once, by term index) with their counts, as analysed.</param>
    /// <param name="Document">The document's ordinal.</param>
    private sealed record FieldEntry(int Field, int Document, (int TermIndex, int Frequency)[] Terms, int Length);
}
