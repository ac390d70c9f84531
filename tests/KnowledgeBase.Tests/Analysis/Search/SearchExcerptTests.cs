using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Analysis.Search;

public sealed class SearchExcerptTests
{
    private const string Body =
        "The checkout service failed. The checkout service had failed. Engineers found the connection pool exhausted " +
        "by a release. A rollback restored the orders database within minutes! Nothing else happened.";

    [Fact]
    public void Sentences_that_add_words_the_title_and_summary_lack_are_kept_in_the_bodys_order()
    {
        var excerpt = SearchExcerpt.Of(Body, "Checkout service failed");

        Assert.Equal(
            ["Engineers found the connection pool exhausted by a release.", "A rollback restored the orders database within minutes!", "Nothing else happened."],
            excerpt.ToArray());
    }

    [Fact]
    public void The_excerpt_stays_within_its_characters_and_a_long_sentence_is_cut_between_words()
    {
        var words = string.Join(' ', Enumerable.Range(0, 200).Select(i => "word" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))));
        var excerpt = SearchExcerpt.Of(words + ". Short one here. " + Body, "");

        Assert.True(excerpt.Sum(s => s.Length) <= SearchExcerpt.Characters, string.Join(" | ", excerpt));
        var cut = Assert.Single(excerpt, s => s.EndsWith('…'));
        Assert.True(cut.Length <= SearchExcerpt.SentenceCharacters);
        Assert.StartsWith("wordaa wordba", cut, StringComparison.Ordinal);
        Assert.EndsWith(" …", cut.Replace("…", " …", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_body_has_no_excerpt_and_the_same_body_always_gives_the_same_one()
    {
        Assert.Empty(SearchExcerpt.Of("", "Title"));
        Assert.Equal(SearchExcerpt.Of(Body, "x").ToArray(), SearchExcerpt.Of(Body, "x").ToArray());
    }

    [Fact]
    public void Only_the_beginning_of_a_long_body_is_read_even_without_a_space_to_cut_at()
    {
        var filler = new string('x', SearchExcerpt.ReadCharacters + 10);

        Assert.DoesNotContain(SearchExcerpt.Of(filler + " Late sentence here.", ""), s => s.Contains("Late", StringComparison.Ordinal));
        Assert.Equal(["Early words matter."], SearchExcerpt.Of("Early words matter. " + filler + ". Late sentence here.", "").ToArray());
    }

    public static TheoryData<string, string> BodiesThatSplitApart => new()
    {
        { Body, "Checkout service failed" },
        // A sentence longer than a sentence may be, cut between words and read from its text.
        { string.Join(' ', Enumerable.Range(0, 60).Select(i => "pool" + i)) + ". Then the pool-manager re-tried. " + Body, "" },
        // White space .NET collapses but lunr's tokenizer does not split on (NEL), and the reverse (BOM).
        { "The disk\u0085filled up. Alerts fired late. " + Body, "disk" },
        { "The disk\uFEFFfilled up. Alerts fired late. " + Body, "disk" },
        // Full case mapping: lower-casing 'İ' makes two characters, so offsets move past it.
        { string.Concat(Enumerable.Repeat("İİİİ region failed. Traffic moved. ", 10)) + Body, "region" },
        // A beginning cut inside a word (no space to cut at), and one cut between words.
        { "Early words matter. " + new string('x', SearchExcerpt.ReadCharacters + 10) + ". Late sentence here.", "" },
        { string.Concat(Enumerable.Repeat("Replicas.\nLagged.\n", 400)), "" },
        { string.Concat(Enumerable.Repeat("Replicas lagged behind the primary. ", 200)) + "Late sentence here.", "" },
        // Runs of white space of several kinds, hyphens, and sentences that end without a capital after them.
        { "  Leading\tspace.\n\nThe\u00A0cache  warmed. so on. (Then) it re-filled! 3 retries?  \"Quoted\" end.", "cache" },
    };

    [Theory]
    [MemberData(nameof(BodiesThatSplitApart))]
    public void A_documents_memo_gives_each_sentence_the_terms_its_own_text_has(string body, string shown)
    {
        var memo = new LunrWordCache().Memo();

        Assert.Equal(SentenceTerms(body, null), SentenceTerms(body, memo));
        Assert.Equal(SearchExcerpt.Of(body, shown).ToArray(), SearchExcerpt.Of(body, shown, memo).ToArray());
    }

    [CorpusFact("public-postmortems", "icco-postmortems")]
    public void On_real_postmortems_a_documents_memo_gives_each_sentence_the_terms_its_own_text_has()
    {
        // One memo for every file, as the build reads them: the words one file left are there for the next.
        var memo = new LunrWordCache().Memo();
        var files = new[] { "public-postmortems", "icco-postmortems" }
            .SelectMany(c => Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedCorpus, c), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 400, $"{files.Count} files");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var shown = text.Split('\n', 2)[0];
            // As the build does: the body is indexed (cut into words) before its excerpt is chosen.
            _ = memo.WordsOf(text);
            Assert.Equal(SentenceTerms(text, null), SentenceTerms(text, memo));
            Assert.Equal(SearchExcerpt.Of(text, shown).ToArray(), SearchExcerpt.Of(text, shown, memo).ToArray());
            memo.EndDocument(1 << 14);
        }
    }

    /// <summary>Each sentence with its terms sorted, one line each: a difference names the sentence.</summary>
    private static List<string> SentenceTerms(string body, LunrWordMemo? memo) =>
        [.. SearchExcerpt.SentencesOf(body, memo).Select(s => s.Text + " => " + string.Join(' ', s.Terms.Order(StringComparer.Ordinal)))];
}
