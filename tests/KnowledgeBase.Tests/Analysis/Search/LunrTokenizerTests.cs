using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>The allocation-free walk over tokens cuts text exactly as the tokenizer lunr.js's index was checked against.</summary>
public class LunrTokenizerTests
{
    [Theory]
    [InlineData("The primary DB failed-over at 09:00")]
    [InlineData("  leading and trailing  ")]
    [InlineData("double--hyphen and tab\tand\nnewline\u00a0nbsp\u2003em-space")]
    [InlineData("İstanbul ΟΔΟΣ Σ ends")]
    [InlineData("a\u1680b\u2028c\u2029d\u202fe\u205ff\u3000g\ufeffh\u2000i\u200aj\vk\fl\rm\u200bzero-width\u180eis not")]
    [InlineData("---")]
    [InlineData("")]
    public void Tokens_are_the_tokenizers_tokens(string text)
    {
        var walked = new List<string>();
        foreach (var token in LunrTokenizer.Tokens(text))
        {
            walked.Add(token.ToString());
        }

        Assert.Equal(LunrTokenizer.Tokenize(text), walked);
    }

    [Fact]
    public void No_text_has_no_tokens()
    {
        var enumerator = LunrTokenizer.Tokens(null);

        Assert.False(enumerator.MoveNext());
    }

    [Fact]
    public void Walks_over_pooled_buffers_see_only_their_own_text_even_nested_and_one_after_another()
    {
        var seen = new List<string>();
        foreach (var outer in LunrTokenizer.Tokens("a much longer first text with many words in it"))
        {
            seen.Add(outer.ToString());
            foreach (var inner in LunrTokenizer.Tokens("Inner"))
            {
                seen.Add(inner.ToString());
            }
        }

        var after = new List<string>();
        foreach (var token in LunrTokenizer.Tokens("Short"))
        {
            after.Add(token.ToString());
        }

        Assert.Equal(["a", "inner", "much", "inner", "longer", "inner"], seen.Take(6));
        Assert.Equal(20, seen.Count);
        Assert.Equal(["short"], after);
    }
}
