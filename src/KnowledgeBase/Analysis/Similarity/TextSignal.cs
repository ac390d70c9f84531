using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Similarity of wording: TF-IDF vectors (sublinear term frequency) over the words search uses (lunr's
/// pipeline: stop words out, stems in), compared by cosine. To stay fast on large knowledge bases it
/// never compares all pairs: each incident keeps its <see cref="TermsPerDocument"/> strongest terms,
/// each term keeps its <see cref="DocumentsPerTerm"/> strongest incidents, and a query walks only those
/// posting lists. Words on more than half the incidents cannot tell incidents apart and are dropped;
/// words on one incident only stay, since a draft may share them.
/// </summary>
public sealed class TextSignal
{
    public const int TermsPerDocument = 250;
    public const int DocumentsPerTerm = 400;

    /// <summary>
    /// How many of a query's strongest terms find its candidates: its weakest terms add little to any
    /// cosine, while on a large knowledge base each costs a walk of hundreds of postings.
    /// </summary>
    public const int QueryTerms = 150;

    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Doc, double Weight)>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _surface = new(StringComparer.Ordinal);
    private readonly TermCounter _counter;
    private readonly List<Dictionary<string, double>> _vectors = [];

    /// <param name="analysed">Each document's term counts (see <see cref="TermCounter"/>), in order.</param>
    /// <param name="counter">Counts a query's words the way the documents' were counted.</param>
    public TextSignal(IReadOnlyList<TermCounts> analysed, TermCounter counter)
    {
        _counter = counter;
        var documentCount = analysed.Count;
        foreach (var document in analysed)
        {
            // The first document (in order) to use a term names it, as one pass over them all would.
            for (var t = 0; t < document.Terms.Length; t++)
            {
                _surface.TryAdd(document.Terms[t], document.Surfaces[t]);
            }
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in analysed.SelectMany(a => a.Terms))
        {
            frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }

        foreach (var (term, df) in frequency)
        {
            if (df <= Math.Max(2, documentCount / 2))
            {
                _idf[term] = Math.Log((double)documentCount / df);
            }
        }

        // Each vector depends only on its counts and the idf: on every core, then indexed in order.
        _vectors.AddRange(analysed.AsParallel().AsOrdered().Select(Vector));
        for (var d = 0; d < _vectors.Count; d++)
        {
            foreach (var (term, weight) in _vectors[d])
            {
                if (!_postings.TryGetValue(term, out var list))
                {
                    _postings[term] = list = [];
                }

                list.Add((d, weight));
            }
        }

        // Only a list over the limit needs its strongest first, to cut it: a query adds each posting to its
        // own document's score, so the order within a list changes no score.
        // Each list is cut on its own, so on every core.
        Parallel.ForEach(_postings.Values.Where(l => l.Count > DocumentsPerTerm), list =>
        {
            list.Sort((a, b) => b.Weight.CompareTo(a.Weight) is var c && c != 0 ? c : a.Doc.CompareTo(b.Doc));
            list.RemoveRange(DocumentsPerTerm, list.Count - DocumentsPerTerm);
        });
    }

    /// <summary>The unit vector of document <paramref name="index"/>, as built.</summary>
    public Dictionary<string, double> VectorOf(int index) => _vectors[index];

    /// <summary>The query's unit vector: its strongest terms, weighted (1 + log tf) × idf.</summary>
    public Dictionary<string, double> VectorOf(SimilarityDocument query) => Vector(_counter.Count([new WeightedText(query.Text, 1)]));

    /// <summary>Adds the cosine similarity (over the kept terms) with every incident that shares a strong term.</summary>
    internal void Score(Dictionary<string, double> query, ScoreBuffer buffer)
    {
        // A vector lists its terms strongest first (see Vector), so these are the query's strongest.
        foreach (var (term, weight) in query.Take(QueryTerms))
        {
            if (_postings.TryGetValue(term, out var list))
            {
                foreach (var (doc, w) in list)
                {
                    buffer.AddText(doc, weight * w);
                }
            }
        }
    }

    /// <summary>The words that contribute most to two vectors' similarity, as a reader would write them.</summary>
    /// <remarks>
    /// Pages explain every match they show, each reading two vectors of up to <see cref="TermsPerDocument"/>
    /// terms: so the shorter is walked, and only the best few are kept as it goes (no sort of them all).
    /// </remarks>
    public List<string> SharedWords(Dictionary<string, double> a, Dictionary<string, double> b, int count)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var best = new List<(string Term, double Weight)>(count + 1);
        foreach (var (term, weight) in small)
        {
            if (!large.TryGetValue(term, out var other))
            {
                continue;
            }

            var shared = (Term: term, Weight: weight * other);
            var at = best.FindIndex(x => shared.Weight > x.Weight || (shared.Weight == x.Weight && string.CompareOrdinal(shared.Term, x.Term) < 0));
            if (at >= 0 || best.Count < count)
            {
                best.Insert(at >= 0 ? at : best.Count, shared);
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        return [.. best.Select(x => _surface.GetValueOrDefault(x.Term, x.Term))];
    }

    /// <remarks>
    /// Called for every incident: a plain loop and one sort, not a query of several stages. Strongest first,
    /// equal weights in term order: a total order, so which terms are kept does not depend on the sort.
    /// </remarks>
    private Dictionary<string, double> Vector(TermCounts counts)
    {
        var weights = new List<(string Term, double Weight)>(counts.Terms.Length);
        for (var t = 0; t < counts.Terms.Length; t++)
        {
            if (_idf.TryGetValue(counts.Terms[t], out var idf))
            {
                weights.Add((counts.Terms[t], (1 + Math.Log(counts.Counts[t])) * idf));
            }
        }

        weights.Sort(static (a, b) => b.Weight.CompareTo(a.Weight) is var c && c != 0 ? c : string.CompareOrdinal(a.Term, b.Term));
        if (weights.Count > TermsPerDocument)
        {
            weights.RemoveRange(TermsPerDocument, weights.Count - TermsPerDocument);
        }

        var squares = 0.0;
        foreach (var (_, weight) in weights)
        {
            squares += weight * weight;
        }

        var norm = Math.Sqrt(squares);
        if (norm == 0)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var vector = new Dictionary<string, double>(weights.Count, StringComparer.Ordinal);
        foreach (var (term, weight) in weights)
        {
            vector.Add(term, weight / norm);
        }

        return vector;
    }
}
