using System.Text.Json.Nodes;
using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>
/// The stemmer beyond the words a corpus happens to hold: every suffix rule of lunr's stemmer, alone and
/// two at a time, after stems chosen for its edges (a leading or doubled "y", stems of one or two letters,
/// doubled consonants, measures zero to three, capitals, digits, accented letters, hundreds of letters),
/// stems as lunr.js stems it. Needs node and lunr.js only (the test command installs both), not the corpus.
/// </summary>
public sealed class LunrStemmerTests
{
    private static readonly string[] Stems =
    [
        "y", "ya", "yy", "yya", "ybo", "Y", "Ya", "a", "e", "aa", "ab", "ba", "bb", "abc", "aby", "c", "ca", "cat", "bat", "hop",
        "tr", "tre", "fil", "agre", "feed", "sky", "yell", "by", "ay", "oy", "xyz", "rhythm", "syzygy", "queue", "gen", "gener",
        "cont", "rel", "adopt", "electr", "hope", "1a", "é", "ée", "naïv", "x", "ww", "wax", "box", "sow", "ctrl", "tty", "io",
        "ss", "s", "i", "ll", "l",
        // Past the stemmer's stack buffers (128 characters) and its measures' (256).
        new string('b', 130) + "a", "t" + new string('o', 300) + "n",
    ];

    private static readonly string[] Suffixes =
    [
        "", "s", "es", "ies", "sses", "ss", "ed", "ing", "eed", "ated", "ating", "bled", "izing", "y", "ly", "ational", "tional",
        "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness",
        "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance",
        "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "sion",
        "tion", "ion", "e", "ll", "lle", "yed", "ying", "tted", "lled", "ssed", "zzed", "ffing",
    ];

    [Fact]
    public void Every_suffix_rule_after_every_kind_of_stem_stems_as_lunr_stems_it()
    {
        List<string> words = [.. Stems
            .SelectMany(stem => Suffixes.SelectMany(first => Suffixes.Select(second => stem + first + second)))
            .Distinct(StringComparer.Ordinal)];

        var theirs = LunrJs.Run(new JsonObject { ["words"] = new JsonArray([.. words.Select(w => (JsonNode?)w)]) })["stems"]!.AsArray();

        var differences = words
            .Select((word, i) => (word, ours: LunrStemmer.Stem(word), theirs: theirs[i]!.GetValue<string>()))
            .Where(x => x.ours != x.theirs)
            .Select(x => $"{x.word}: ours '{x.ours}', lunr '{x.theirs}'")
            .ToList();

        Assert.True(words.Count > 300_000, $"only {words.Count} words");
        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("electrical", "electr")]
    [InlineData("adoption", "adopt")]
    [InlineData("controll", "control")]
    [InlineData("yelling", "yell")]
    [InlineData("on", "on")]
    public void A_word_loses_the_suffixes_porters_rules_remove(string word, string stem) =>
        Assert.Equal(stem, LunrStemmer.Stem(word));
}
