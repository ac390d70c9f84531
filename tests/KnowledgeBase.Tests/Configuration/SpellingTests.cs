using KnowledgeBase.Configuration;

namespace KnowledgeBase.Tests.Configuration;

public class SpellingTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("dns", "dsn", 2)]
    [InlineData("flaw", "lawn", 2)]
    public void Distance_is_the_Levenshtein_distance(string a, string b, int distance)
    {
        Assert.Equal(distance, Spelling.Distance(a, b));
        Assert.Equal(distance, Spelling.Distance(b, a));
    }

    [Fact]
    public void Nearest_picks_the_closest_candidate()
    {
        Assert.Equal("database", Spelling.Nearest("databse", ["dns", "database", "deploy"]));
    }

    [Fact]
    public void Nearest_ignores_case()
    {
        Assert.Equal("dns", Spelling.Nearest("DNS", ["cache", "dns"]));
    }

    [Fact]
    public void Ties_are_broken_ordinally_whatever_the_order_of_candidates()
    {
        Assert.Equal("bat", Spelling.Nearest("cat", ["hat", "bat"]));
        Assert.Equal("bat", Spelling.Nearest("cat", ["bat", "hat"]));
    }

    [Theory]
    [InlineData("monitoring", "alerting")]
    [InlineData("xyz", "abcdef")]
    public void Candidate_further_than_half_the_word_is_not_suggested(string word, string candidate)
    {
        Assert.Null(Spelling.Nearest(word, [candidate]));
    }

    [Fact]
    public void Short_words_allow_two_edits()
    {
        Assert.Equal("ab", Spelling.Nearest("xy", ["ab"]));
    }

    [Fact]
    public void No_candidates_means_no_suggestion()
    {
        Assert.Null(Spelling.Nearest("dns", []));
    }
}
