using System.Collections.Concurrent;
using KnowledgeBase.Configuration;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// An incident's (or a draft's) direct matches: the incidents that share keywords or wording with it, scored
/// on both signals, the best few kept. Candidates come from the signals' posting lists, never from every
/// incident; the bounds below turn most of them away before they are scored in full. It also lends the
/// score buffers (<see cref="ScoreBuffer"/>) that every query of the index borrows, one per thread at a time.
/// </summary>
internal sealed class DirectMatches(KeywordSignal keywords, TextSignal wording, SimilaritySettings settings, int incidentCount)
{
    /// <summary>
    /// Score buffers not in use: a query takes one and gives it back, so each thread reuses a few instead of
    /// allocating its own. A stack, not a bag: a bag locks when a buffer moves between threads.
    /// </summary>
    private readonly ConcurrentStack<ScoreBuffer> _buffers = [];

    /// <summary>A score buffer no other query holds; give it back with <see cref="Return"/>.</summary>
    public ScoreBuffer Rent() => _buffers.TryPop(out var buffer) ? buffer : new ScoreBuffer(incidentCount);

    public void Return(ScoreBuffer buffer) => _buffers.Push(buffer);

    /// <summary>
    /// The best <paramref name="length"/> incidents by direct score (keywords and wording), every one sharing
    /// something with the query; <paramref name="excluded"/> (an index, or -1) is never one.
    /// </summary>
    public Neighbour[] Row(SimilarityDocument query, TermVector vector, int excluded, int length)
    {
        var total = settings.Keywords + settings.Text;
        if (total <= 0 || length <= 0)
        {
            return [];
        }

        var buffer = Rent();
        wording.Score(vector, buffer);
        var shared = keywords.Query(query);

        // Keywords only add to a score, so the row's worst will be no lower than the length-th best of the
        // wording alone (a text posting list keeps only its strongest incidents, so the wording reaches a
        // bounded number of them however large the knowledge base grows).
        var floor = WordingFloor(buffer, excluded, length, total);

        // The query's keywords' postings, rarest first, each incident marked with the places of those it holds.
        // A common tag is on thousands of incidents: once even the keywords left could not lift an incident
        // sharing only them to the floor (with a margin for rounding), none of those can enter the row, and
        // the walk stops. The marks are then incomplete, and the incidents reached are scored in full.
        var marked = shared.CanMark;
        foreach (var (postings, bound, place) in shared.ByWeight())
        {
            if (settings.Keywords * bound * (1 + 1e-9) / total < floor)
            {
                marked = false;
                break;
            }

            foreach (var d in postings)
            {
                buffer.AddShared(d, place);
            }
        }

        var best = buffer.Best;
        best.Clear();
        // The full heap's worst score: most candidates fall below it, and are turned away without the comparer.
        var worst = double.NegativeInfinity;
        foreach (var d in buffer.Touched)
        {
            // Not scored when even sharing every keyword could not reach the floor.
            var text = Math.Min(1, buffer.Text[d]);
            if (((settings.Keywords * (1 + 1e-9)) + (settings.Text * text)) / total >= floor)
            {
                Consider(d, marked ? shared.ScoreOf(d, buffer.Shared[d]) : shared.Score(d), text);
            }
        }

        var row = new Neighbour[best.Count];
        for (var i = row.Length - 1; i >= 0; i--)
        {
            row[i] = best.Dequeue();
        }

        buffer.Clear();
        Return(buffer);
        return row;

        // Kept while it is among the best, which a heap with the worst on top tells at once.
        void Consider(int d, double keyword, double text)
        {
            var score = ((settings.Keywords * keyword) + (settings.Text * text)) / total;
            if (score <= 0 || score < worst || d == excluded)
            {
                return;
            }

            var candidate = new Neighbour(d, score, text);
            if (best.Count < length)
            {
                best.Enqueue(candidate, candidate);
            }
            else if (NeighbourRows.Order.Compare(candidate, best.Peek()) < 0)
            {
                best.DequeueEnqueue(candidate, candidate);
            }
            else
            {
                return;
            }

            if (best.Count == length)
            {
                worst = best.Peek().Score;
            }
        }
    }

    /// <summary>
    /// The <paramref name="length"/>-th best score of the incidents the wording reached, counting the wording
    /// alone; no floor (negative infinity) when fewer reached it, or when keywords weigh against a match.
    /// </summary>
    private double WordingFloor(ScoreBuffer buffer, int excluded, int length, double total)
    {
        var floor = buffer.Floor;
        floor.Clear();
        if (settings.Keywords < 0)
        {
            return double.NegativeInfinity;
        }

        // The full heap's lowest score: most scores fall below it, and are turned away without a call.
        var lowest = double.NegativeInfinity;
        foreach (var d in buffer.Touched)
        {
            var score = settings.Text * Math.Min(1, buffer.Text[d]) / total;
            if (score <= 0 || d == excluded || score <= lowest)
            {
                continue;
            }

            KeepHighest(floor, length, score);
            if (floor.Count == length)
            {
                lowest = floor.Peek();
            }
        }

        return floor.Count == length ? floor.Peek() : double.NegativeInfinity;
    }

    /// <summary>Keeps the <paramref name="count"/> highest scores offered in a heap with the lowest on top.</summary>
    public static void KeepHighest(PriorityQueue<double, double> lowestFirst, int count, double score)
    {
        if (lowestFirst.Count < count)
        {
            lowestFirst.Enqueue(score, score);
        }
        else if (score > lowestFirst.Peek())
        {
            lowestFirst.DequeueEnqueue(score, score);
        }
    }
}
