using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>
/// A document's memo of the shared word cache: it only remembers, so every answer is the one the
/// shared cache gives, whichever text it read before and however many documents it has served.
/// </summary>
public sealed class LunrWordMemoTests
{
    [Fact]
    public void The_words_of_a_text_are_its_tokens_words_in_order_when_read_again_and_after_a_longer_text()
    {
        var cache = new LunrWordCache();
        var memo = cache.Memo();
        var body = "The replica lagged; failover to the replica took 12 minutes.";
        var longer = body + " Disk alerts were silenced during the migration window.";
        var expected = Expected(cache, body);

        Assert.Equal(expected, memo.WordsOf(body).ToArray());
        Assert.Equal(expected, memo.WordsOf(body).ToArray());
        Assert.Equal(Expected(cache, longer), memo.WordsOf(longer).ToArray());
        Assert.Equal(expected, memo.WordsOf(body).ToArray());
        Assert.Equal(Expected(cache, "Failover took"), memo.WordsOf("Failover took").ToArray());
        Assert.Empty(memo.WordsOf("").ToArray());
    }

    [Fact]
    public void A_memo_that_served_a_document_gives_the_next_one_the_shared_caches_words()
    {
        var cache = new LunrWordCache();
        var memo = cache.Memo();
        var first = "Disk filled on the primary";
        memo.WordsOf(first);

        memo.EndDocument(keptTokens: 1);
        Assert.Equal(Expected(cache, "disk filling on the replica"), memo.WordsOf("disk filling on the replica").ToArray());
        memo.EndDocument(keptTokens: 1_000);
        Assert.Equal(Expected(cache, first), memo.WordsOf(first).ToArray());
        Assert.Same(cache.Of("primary"), memo.Of("primary"));
    }

    [Fact]
    public void A_tally_is_empty_each_time_and_enumerates_terms_in_the_order_they_were_first_added()
    {
        var memo = new LunrWordCache().Memo();
        var tally = memo.Tally();
        tally["zeta"] = 2;
        tally["alpha"] = 1;

        var again = memo.Tally();
        Assert.Empty(again);
        again["omega"] = 1;
        again["beta"] = 3;
        again["zeta"] = 1;

        // lunr's index lists a field's terms in the order they first appear: so does the tally, emptied or new.
        Assert.Equal(["omega", "beta", "zeta"], again.Keys.ToArray());
    }

    private static LunrWord[] Expected(LunrWordCache cache, string text) =>
        [.. LunrTokenizer.Tokenize(text).Select(token => cache.Of(token))];
}
