namespace KnowledgeBase.Analysis.Similarity;

/// <summary>One candidate of a direct ranking: an incident (by index), its direct score and the text part of it.</summary>
internal readonly record struct Neighbour(int Doc, double Score, double Text);

/// <summary>
/// Every incident's best direct matches (shared keywords and wording), kept once per index so that the
/// ranking can read what an incident's neighbours resemble (<see cref="NeighbourExpansion"/>) without
/// querying again. A row is ordered by score, then by index (the index's order), so rows never depend
/// on thread timing.
/// </summary>
internal sealed class NeighbourRows(Neighbour[][] rows)
{
    /// <summary>
    /// How many matches a row keeps: enough for the pages (four times five) and for the neighbours'
    /// own matches to reach past the query's. 60 measured no better on the labelled sets.
    /// </summary>
    public const int Length = 40;

    public Neighbour[] this[int doc] => rows[doc];

    /// <summary>Row order: higher score first, then lower index.</summary>
    public static IComparer<Neighbour> Order { get; } = Comparer<Neighbour>.Create(static (a, b) =>
        b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Doc.CompareTo(b.Doc));

    /// <summary>The reverse of <see cref="Order"/>: a heap in this order keeps its worst candidate on top.</summary>
    public static IComparer<Neighbour> WorstFirst { get; } = Comparer<Neighbour>.Create(static (a, b) => Order.Compare(b, a));
}
