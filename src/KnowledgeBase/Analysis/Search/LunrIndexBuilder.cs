using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// lunr.Builder in C#: runs each field through lunr's index pipeline (trimmer, stop words, stemmer),
/// builds the inverted index and scores every field of every document with BM25, rounded as lunr rounds,
/// so <c>lunr.Index.load</c> in the browser gets the index lunr.js itself would have built.
/// </summary>
public sealed class LunrIndexBuilder
{
    private readonly ImmutableArray<LunrField> _fields;
    private readonly double _k1;
    private readonly double _b;
    private readonly Dictionary<string, LunrPosting> _postings = new(StringComparer.Ordinal);
    private readonly List<FieldEntry> _entries = [];
    /// <summary>Each document's ref and boost by its ordinal, the place the postings name it by.</summary>
    private readonly List<string> _documentRefs = [];
    private readonly List<double> _documentBoosts = [];
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
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

    public int DocumentCount { get; private set; }

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
        foreach (var field in _fields)
        {
            // A dictionary enumerates in insertion order while nothing is removed (emptying it keeps that):
            // first appearance, as lunr sees them.
            var frequencies = words.Tally();
            var length = values.TryGetValue(field.Name, out var value) ? Count(value, frequencies, words) : 0;
            fields.Add(new LunrAnalysedField([.. frequencies], length));
        }

        return new LunrAnalysedDocument(fields.MoveToImmutable());
    }

    /// <summary>Adds a document analysed by <see cref="Analyse"/> (with this builder's fields).</summary>
    public void Add(string docRef, LunrAnalysedDocument document, double boost = 1)
    {
        // A ref added again is the same document, as lunr keys its postings by ref; its last boost counts.
        if (_ordinals.TryGetValue(docRef, out var ordinal))
        {
            _documentBoosts[ordinal] = boost;
        }
        else
        {
            _ordinals[docRef] = ordinal = _documentRefs.Count;
            _documentRefs.Add(docRef);
            _documentBoosts.Add(boost);
        }

        DocumentCount++;
        for (var f = 0; f < _fields.Length; f++)
        {
            var field = document.Fields[f];
            // Each term's posting is kept with its count, so scoring looks no term up again.
            var terms = new (LunrPosting Posting, int Frequency)[field.Terms.Length];
            for (var t = 0; t < terms.Length; t++)
            {
                var (term, frequency) = field.Terms[t];
                ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, term, out var known);
                if (!known)
                {
                    posting = new LunrPosting(_postings.Count - 1, _fields.Length);
                }

                posting!.Add(ordinal, f);
                terms[t] = (posting, frequency);
            }

            _entries.Add(new FieldEntry(f, ordinal, terms, field.Length));
        }
    }

    /// <summary>lunr's default index pipeline. Empty tokens (a word of punctuation only) are kept, as lunr keeps them.</summary>
    public static List<string> IndexPipeline(IEnumerable<string> tokens) =>
        [.. tokens.Select(LunrTrimmer.Trim).Where(t => !LunrStopWords.IsStopWord(t)).Select(LunrStemmer.Stem)];

    /// <summary>
    /// Counts a field's terms after the pipeline into <paramref name="frequencies"/> and returns how many
    /// there were (the field's length); text is cut without a string per token.
    /// </summary>
    private static int Count(LunrFieldValue value, Dictionary<string, int> frequencies, LunrWordMemo words)
    {
        var length = 0;
        if (value.Items is not null)
        {
            foreach (var item in LunrTokenizer.Tokenize(value.Items))
            {
                Add(words.Of(item).Term);
            }
        }
        else
        {
            foreach (var word in words.WordsOf(value.Text ?? ""))
            {
                Add(word.Term);
            }
        }

        return length;

        void Add(string? term)
        {
            if (term is not null)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _)++;
                length++;
            }
        }
    }

    /// <summary>The index of the documents added. A builder builds once: it lets go of their terms as it scores them.</summary>
    public LunrIndex Build()
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
        var idf = new double[_postings.Count];
        foreach (var posting in _postings.Values)
        {
            idf[posting.TermIndex] = InverseDocumentFrequency(posting.DocumentsWithTerm, DocumentCount);
        }

        var vectors = ImmutableArray.CreateBuilder<LunrFieldVector>(_entries.Count);
        for (var e = 0; e < _entries.Count; e++)
        {
            // Each entry's terms are let go once scored: the vectors made from them take as much again.
            var entry = _entries[e];
            _entries[e] = null!;
            var field = _fields[entry.Field];
            var elements = new List<(int, double)>(entry.Terms.Length);
            foreach (var (posting, tf) in entry.Terms)
            {
                // The same operations in the same order as lunr, so the doubles agree to the last bit.
                var score = idf[posting.TermIndex] * ((_k1 + 1) * tf) / (_k1 * (1 - _b + _b * (entry.Length / averageLengths[entry.Field])) + tf);
                score *= field.Boost;
                score *= _documentBoosts[entry.Document];
                elements.Add((posting.TermIndex, RoundLikeLunr(score)));
            }

            elements.Sort((x, y) => x.Item1.CompareTo(y.Item1));
            vectors.Add(new LunrFieldVector(field.Name + "/" + _documentRefs[entry.Document], [.. elements]));
        }

        foreach (var posting in _postings.Values)
        {
            posting.Trim();
        }

        return new LunrIndex(
            [.. _fields.Select(f => f.Name)],
            vectors.ToImmutable(),
            _postings.ToImmutableSortedDictionary(StringComparer.Ordinal),
            [.. _documentRefs]);
    }

    /// <summary>lunr.idf: a BM25 idf that never goes negative.</summary>
    public static double InverseDocumentFrequency(int documentsWithTerm, int documentCount)
    {
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary><c>Math.round(score * 1000) / 1000</c>: JavaScript rounds halves up, which for positive scores is away from zero.</summary>
    public static double RoundLikeLunr(double score) => Math.Round(score * 1000, MidpointRounding.AwayFromZero) / 1000;

    /// <param name="Terms">The field's terms (each once, by their postings) with their counts, as analysed.</param>
    /// <param name="Document">The document's ordinal.</param>
    private sealed record FieldEntry(int Field, int Document, (LunrPosting Posting, int Frequency)[] Terms, int Length);
}
