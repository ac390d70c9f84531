namespace KnowledgeBase.Analysis;

/// <summary>
/// Who numbered the words a <see cref="Similarity.TermCounts"/> was counted from: within one numbering a number always
/// names the same term, so <see cref="Similarity.TextSignal"/> looks each number's term up once, not each of its uses.
/// </summary>
/// <remarks>
/// A long-tailed archive's 10,000 postmortems use some 400,000 terms 10 million times: looking every use
/// up in a table of all the terms waited on memory for 1.2 of the 2.8 s the text signal took to build, on
/// one core. A knowledge base's words are numbered once each where they are met (the analyser's word cache,
/// see <see cref="Search.LunrWordCache"/>; the analysis pack's table of words), so the counts can carry them.
/// Numbers are not a term's identity across numberings, nor in the same order from run to run: nothing
/// built from them may depend on them, only on the terms they stand for.
/// </remarks>
public sealed class TermNumbering
{
    private int _count;

    /// <param name="count">How many numbers are given already (0 to <paramref name="count"/> − 1): a table read back whole.</param>
    public TermNumbering(int count = 0) => _count = count;

    /// <summary>How many numbers were given so far: every number given is below it.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>A number not given before; safe from several threads at once.</summary>
    public int Next() => Interlocked.Increment(ref _count) - 1;
}
