using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Tests.Analysis.Similarity;

/// <summary>The words similarity compares: lunr's pipeline, counted by weight, each named as the text first wrote it (lower-cased, as the tokenizer reads it).</summary>
public sealed class TermCounterTests
{
    [Fact]
    public void Terms_come_in_the_order_the_text_first_used_them_with_their_weighted_counts_and_first_spelling()
    {
        var counts = new TermCounter().Count([new WeightedText("Failover failed", 2), new WeightedText("the failovers; disk FAILOVER", 1)]);

        Assert.Equal(["failov", "fail", "disk"], counts.Terms.ToArray());
        Assert.Equal([4, 2, 1], counts.Counts.ToArray());
        Assert.Equal(["failover", "failed", "disk"], counts.Surfaces.ToArray());
        Assert.Equal(4, counts.CountOf("failov"));
        Assert.Equal(0, counts.CountOf("the"));
    }

    [Fact]
    public void Texts_counted_through_one_word_cache_carry_its_numbers_one_word_one_number()
    {
        var cache = new LunrWordCache();
        var first = TermCounter.Count([new WeightedText("Failover failed; disk full", 1)], cache.Memo());
        var second = TermCounter.Count([new WeightedText("disk failover", 1)], cache.Memo());

        Assert.Same(cache.Numbering, first.Numbering);
        Assert.Equal(first.Terms.Length, first.Numbers.Length);
        Assert.Equal(first.Numbers.Length, first.Numbers.Distinct().Count());
        Assert.Equal(first.Numbers[first.Terms.IndexOf("disk")], second.Numbers[second.Terms.IndexOf("disk")]);
        Assert.Equal(first.Numbers[first.Terms.IndexOf("failov")], second.Numbers[second.Terms.IndexOf("failov")]);
        Assert.All(first.Numbers, n => Assert.InRange(n, 0, cache.Numbering.Count - 1));
    }
}
