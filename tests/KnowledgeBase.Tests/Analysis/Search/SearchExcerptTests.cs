using KnowledgeBase.Analysis.Search;

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
}
