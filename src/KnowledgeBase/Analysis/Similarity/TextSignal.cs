using System.Collections.Immutable;
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

    /// <summary>Every term of the knowledge base and its id, given in order of first use.</summary>
    /// <remarks>
    /// Terms are hashed here only; everything after reads arrays by id. A long-tailed archive has some
    /// 300,000 terms used 10 million times: four dictionaries keyed by the term cost 7 s of a 10,000
    /// postmortem build, most of it waiting on memory. Counts whose terms are numbered (see
    /// <see cref="TermNumbering"/>) are looked up here once per number, not once per use.
    /// </remarks>
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Each term by id.</summary>
    private readonly string[] _terms;

    /// <summary>Each term as the first document (in order) to use it wrote it.</summary>
    private readonly string[] _surfaces;

    /// <summary>Each term's idf; NaN for a term on more than half the incidents, which is dropped.</summary>
    private readonly double[] _idf;

    /// <summary>Each term's strongest incidents; null for a term no incident's vector keeps.</summary>
    private readonly (int Doc, double Weight)[]?[] _postings;

    private readonly TermCounter _counter;
    private readonly TermVector[] _vectors;

    /// <param name="analysed">Each document's term counts (see <see cref="TermCounter"/>), in order.</param>
    /// <param name="counter">Counts a query's words the way the documents' were counted.</param>
    public TextSignal(IReadOnlyList<TermCounts> analysed, TermCounter counter)
    {
        _counter = counter;
        var documentCount = analysed.Count;
        var terms = new List<string>();
        var surfaces = new List<string>();
        var frequency = new List<int>();
        var documentIds = new int[documentCount][];
        // What each numbering's numbers were found to be, so each number's term is looked up once (see TermNumbering).
        var known = new NumberedIds();
        Func<(TermCounts Document, int Index), int> idOf = x => IdOf(x.Document.Terms[x.Index], x.Document.Surfaces[x.Index]);
        for (var d = 0; d < documentCount; d++)
        {
            // A document counts each term once (see TermCounts), so a term's count here is its document frequency.
            var document = analysed[d];
            var ids = documentIds[d] = new int[document.Terms.Length];
            for (var t = 0; t < ids.Length; t++)
            {
                var id = ids[t] = known.GetOrAdd(document.Numbering, document.NumberAt(t), (document, t), idOf);
                CollectionsMarshal.AsSpan(frequency)[id]++;
            }
        }

        // The first document (in order) to use a term names it: its surface is the one reasons show.
        int IdOf(string term, string surface)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, term, out var exists);
            if (!exists)
            {
                id = terms.Count;
                terms.Add(term);
                surfaces.Add(surface);
                frequency.Add(0);
            }

            return id;
        }

        _terms = [.. terms];
        _surfaces = [.. surfaces];
        _idf = new double[_terms.Length];
        for (var id = 0; id < _idf.Length; id++)
        {
            var df = frequency[id];
            _idf[id] = df <= Math.Max(2, documentCount / 2) ? Math.Log((double)documentCount / df) : double.NaN;
        }

        // Each vector depends only on its counts and the idf: on every core, then indexed in order.
        _vectors = [.. ParallelEnumerable.Range(0, documentCount).AsOrdered().Select(d =>
        {
            var vector = Vector(documentIds[d], analysed[d].Counts);
            documentIds[d] = null!;
            return vector;
        })];

        var lengths = new int[_terms.Length];
        foreach (var vector in _vectors)
        {
            for (var i = 0; i < vector.Count; i++)
            {
                lengths[vector.Id(i)]++;
            }
        }

        _postings = new (int, double)[]?[_terms.Length];
        var filled = new int[_terms.Length];
        for (var d = 0; d < _vectors.Length; d++)
        {
            var vector = _vectors[d];
            for (var i = 0; i < vector.Count; i++)
            {
                var id = vector.Id(i);
                var list = _postings[id] ??= new (int, double)[lengths[id]];
                list[filled[id]++] = (d, vector.Weight(i));
            }
        }

        // Only a list over the limit needs its strongest first, to cut it: a query adds each posting to its
        // own document's score, so the order within a list changes no score.
        // Each list is cut on its own, so on every core.
        Parallel.For(0, _postings.Length, id =>
        {
            if (_postings[id] is { Length: > DocumentsPerTerm } list)
            {
                Array.Sort(list, static (a, b) => b.Weight.CompareTo(a.Weight) is var c && c != 0 ? c : a.Doc.CompareTo(b.Doc));
                _postings[id] = list[..DocumentsPerTerm];
            }
        });
    }

    /// <summary>The unit vector of document <paramref name="index"/>, as built.</summary>
    public TermVector VectorOf(int index) => _vectors[index];

    /// <summary>The query's unit vector: its strongest terms, weighted (1 + log tf) × idf. Terms the knowledge base never uses carry no idf, and no weight.</summary>
    public TermVector VectorOf(SimilarityDocument query)
    {
        var counts = _counter.Count([new WeightedText(query.Text, 1)]);
        var ids = new int[counts.Terms.Length];
        for (var t = 0; t < ids.Length; t++)
        {
            ids[t] = _ids.GetValueOrDefault(counts.Terms[t], -1);
        }

        return Vector(ids, counts.Counts);
    }

    /// <summary>Adds the cosine similarity (over the kept terms) with every incident that shares a strong term.</summary>
    internal void Score(TermVector query, ScoreBuffer buffer)
    {
        // A vector lists its terms strongest first (see Vector), so these are the query's strongest.
        for (var i = 0; i < Math.Min(QueryTerms, query.Count); i++)
        {
            if (_postings[query.Id(i)] is { } list)
            {
                var weight = query.Weight(i);
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
    /// terms: so the two are merged by term id, and only the best few are kept as it goes (no sort of them all).
    /// </remarks>
    public List<string> SharedWords(TermVector a, TermVector b, int count)
    {
        var best = new List<(int Id, double Weight)>(count + 1);
        foreach (var shared in a.Shared(b))
        {
            var at = best.FindIndex(x => shared.Product > x.Weight || (shared.Product == x.Weight && string.CompareOrdinal(_terms[shared.Id], _terms[x.Id]) < 0));
            if (at >= 0 || best.Count < count)
            {
                best.Insert(at >= 0 ? at : best.Count, (shared.Id, shared.Product));
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        return [.. best.Select(x => _surfaces[x.Id])];
    }

    /// <remarks>
    /// Called for every incident: a plain loop and one sort, not a query of several stages. Strongest first,
    /// equal weights in term order: a total order, so which terms are kept does not depend on the sort.
    /// </remarks>
    /// <param name="ids">A text's term ids (-1 for a term the knowledge base does not use), with <paramref name="counts"/> of one length.</param>
    private TermVector Vector(int[] ids, ImmutableArray<int> counts)
    {
        var weights = new List<(int Id, double Weight)>(ids.Length);
        for (var t = 0; t < ids.Length; t++)
        {
            if (ids[t] >= 0 && _idf[ids[t]] is var idf && !double.IsNaN(idf))
            {
                weights.Add((ids[t], (1 + Math.Log(counts[t])) * idf));
            }
        }

        weights.Sort((a, b) => b.Weight.CompareTo(a.Weight) is var c && c != 0 ? c : string.CompareOrdinal(_terms[a.Id], _terms[b.Id]));
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
            return TermVector.Empty;
        }

        var kept = new int[weights.Count];
        var unit = new double[weights.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            (kept[i], unit[i]) = (weights[i].Id, weights[i].Weight / norm);
        }

        return new TermVector(kept, unit);
    }
}
