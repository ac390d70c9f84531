using System.Collections.Concurrent;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// A cache by word that every core fills at once while documents are analysed (stems, surfaces). A
/// concurrent dictionary's default stripes its entries over as many locks as there are cores: with
/// two cores, two threads adding a long-tailed vocabulary's words (hundreds of thousands of them)
/// met on the same lock half the time, and spinning on it took a quarter of the analysis stage at
/// 10,000 long-tailed postmortems. Many stripes make a meeting rare, for a few hundred bytes.
/// </summary>
public static class SharedCache
{
    private const int Stripes = 256;

    public static ConcurrentDictionary<string, T> Create<T>() => new(Stripes, 1024, StringComparer.Ordinal);
}
