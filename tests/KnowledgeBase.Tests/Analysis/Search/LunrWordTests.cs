using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>
/// One token through lunr's pipeline, read by search and by similarity from one cache: each keeps the
/// rule it had when it cached words on its own (search indexes every word but a stop word; similarity
/// compares only words of three characters or more with a letter).
/// </summary>
public sealed class LunrWordTests
{
    [Theory]
    [InlineData("failover,", "failover", "failov", true)]
    [InlineData("the", "the", null, false)]
    [InlineData("db", "db", "db", false)]
    [InlineData("503", "503", "503", false)]
    [InlineData("(…)", "", "", false)]
    public void A_token_is_trimmed_and_stemmed_for_search_and_counted_by_similarity_only_when_it_is_a_word(string token, string surface, string? term, bool compared)
    {
        var word = LunrWord.Of(token);

        Assert.Equal(token, word.Token);
        Assert.Equal(surface, word.Surface);
        Assert.Equal(term, word.Term);
        Assert.Equal(compared, word.Compared);
        Assert.Equal(compared ? term : null, word.ComparedTerm);
    }

    [Fact]
    public void A_documents_memo_gives_the_shared_caches_word_and_the_terms_of_a_text_without_stop_words()
    {
        var cache = new LunrWordCache();
        var memo = cache.Memo();

        Assert.Same(cache.Of("outage"), memo.Of("outage"));
        Assert.Equal(["disk", "fill"], memo.TermsOf("The disk is filling, the DISK.").Order(StringComparer.Ordinal).ToArray());
    }
}
