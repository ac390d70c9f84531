using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Tests.Analysis.Similarity;

/// <summary>Similarity of wording: TF-IDF over lunr's terms, words on most incidents dropped, shared words named as the texts wrote them.</summary>
public sealed class TextSignalTests
{
    private static readonly string[] Texts =
    [
        "Database failover stalled while replication lag grew; the failover was retried.",
        "Database cache eviction storm after the deploy.",
        "Network partition split the DNS resolvers.",
        "Database disk filled with audit logs.",
        "Certificate expiry broke the payment gateway.",
        "Replication lag alarms fired during the failover drill.",
    ];

    private static TextSignal Signal() => new([.. Texts.Select(t => new TermCounter().Count([new WeightedText(t, 1)]))], new TermCounter());

    private static double[] Scores(TextSignal signal, TermVector query)
    {
        var buffer = new ScoreBuffer(Texts.Length);
        signal.Score(query, buffer);
        return [.. buffer.Text];
    }

    [Fact]
    public void An_incident_scores_only_against_the_incidents_that_share_its_words_the_closest_highest()
    {
        var scores = Scores(Signal(), Signal().VectorOf(0));

        Assert.Equal(0, scores[2]);
        Assert.Equal(0, scores[4]);
        Assert.True(scores[5] > 0);
        Assert.Equal(1.0, scores[0], 9);
        Assert.True(scores[5] > scores[1] && scores[5] > scores[3]);
    }

    [Fact]
    public void A_word_on_more_than_half_the_incidents_carries_no_weight_and_a_word_the_archive_never_used_none_either()
    {
        var signal = Signal();

        // "database" is in three of six incidents: kept (not more than half); make it four and it is dropped.
        Assert.Equal(1, signal.VectorOf(new SimilarityDocument("draft", [], "database")).Count);
        var four = new TextSignal([.. Texts.Append("Database restore drill.").Append("Database upgrade.").Select(t => new TermCounter().Count([new WeightedText(t, 1)]))], new TermCounter());
        Assert.Equal(0, four.VectorOf(new SimilarityDocument("draft", [], "database")).Count);
        Assert.Equal(0, signal.VectorOf(new SimilarityDocument("draft", [], "zyzzyva")).Count);
    }

    [Fact]
    public void A_draft_is_compared_on_the_words_it_shares_with_the_archive()
    {
        var signal = Signal();
        var scores = Scores(signal, signal.VectorOf(new SimilarityDocument("draft", [], "replication lag after a failover, and a zyzzyva")));

        Assert.True(scores[0] > 0 && scores[5] > 0);
        Assert.Equal(0, scores[2]);
    }

    [Fact]
    public void Shared_words_are_named_as_the_archive_first_wrote_them_strongest_first_at_most_as_many_as_asked()
    {
        var signal = Signal();

        var words = signal.SharedWords(signal.VectorOf(0), signal.VectorOf(5), 4);

        // "failover" twice in the first incident weighs most; "lag" and "replication" tie, in term order.
        Assert.Equal(["failover", "lag", "replication"], words);
        Assert.Equal(words, signal.SharedWords(signal.VectorOf(5), signal.VectorOf(0), 4));
        Assert.Equal(["failover"], signal.SharedWords(signal.VectorOf(0), signal.VectorOf(5), 1));
        Assert.Empty(signal.SharedWords(signal.VectorOf(0), signal.VectorOf(2), 4));
    }

    [Fact]
    public void Counts_numbered_by_one_word_cache_give_the_signal_their_terms_give()
    {
        // As a build counts them: every document through one analyser's word cache, so one numbering; the
        // second and third spell "failover" differently, and the first document to use a term names it.
        string[] texts = [.. Texts, "Failovers again: the FAILOVER drill.", "failover failover failovers"];
        var cache = new LunrWordCache();
        var numbered = texts.Select(t => TermCounter.Count([new WeightedText(t, 1)], cache.Memo())).ToList();
        var plain = numbered.ConvertAll(c => c with { Numbers = [], Numbering = null });

        Assert.All(numbered, c => Assert.Same(cache.Numbering, c.Numbering));
        Assert.Equal(Describe(new TextSignal(plain, new TermCounter()), texts.Length), Describe(new TextSignal(numbered, new TermCounter()), texts.Length));
    }

    [Fact]
    public void A_number_the_numbering_had_not_given_when_the_signal_was_built_is_read_by_its_term()
    {
        var counts = new TermCounter().Count([new WeightedText(Texts[0], 1)]);
        var beyond = counts with { Numbering = new TermNumbering(), Numbers = [.. counts.Numbers.Select(n => n + 1000)] };
        var plain = counts with { Numbers = [], Numbering = null };

        Assert.Equal(Describe(new TextSignal([plain, plain], new TermCounter()), 2), Describe(new TextSignal([beyond, beyond], new TermCounter()), 2));
    }

    /// <summary>Each document's vector (terms by the words they are named with, weights) and the words it shares with every other.</summary>
    private static List<string> Describe(TextSignal signal, int count) =>
    [
        .. Enumerable.Range(0, count).SelectMany(a => Enumerable.Range(0, count).Select(b =>
            $"{a}/{b}: " + string.Join(' ', signal.SharedWords(signal.VectorOf(a), signal.VectorOf(b), 10))
            + " | " + string.Join(' ', Enumerable.Range(0, signal.VectorOf(a).Count).Select(i => signal.VectorOf(a).Weight(i).ToString("R", System.Globalization.CultureInfo.InvariantCulture))))),
    ];
}
