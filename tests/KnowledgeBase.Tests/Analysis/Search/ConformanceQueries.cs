using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>
/// Queries of every kind lunr's query language has, drawn with a fixed seed from the corpus's own words
/// (so most of them match something): single and several words, required and prohibited terms, field
/// scopes, trailing wildcards, edit distance, boosts, and a few that lunr's parser rejects.
/// </summary>
internal static class ConformanceQueries
{
    public static IReadOnlyList<string> Generate(IEnumerable<string> texts, int seed)
    {
        var vocabulary = Vocabulary(texts);
        var random = new Random(seed);
        string Word() => vocabulary[random.Next(vocabulary.Count)];
        string[] fields = [.. SearchFields.All.Select(f => f.Name)];

        var queries = new List<string>
        {
            "database outage", "+dns -aws", "title:outage", "tags:dns", "net*", "configuraton~1", "deploy^10 rollback",
            "post-mortem", "", "   ", "a", "the outage", "data loss", "*", "status:", "title:", "foo~", "+", "-",
        };
        for (var i = 0; i < 70; i++) queries.Add(Word());
        for (var i = 0; i < 40; i++) queries.Add($"{Word()} {Word()}" + (i % 3 == 0 ? " " + Word() : ""));
        for (var i = 0; i < 25; i++) queries.Add($"+{Word()} {(i % 2 == 0 ? "-" : "+")}{Word()}");
        for (var i = 0; i < 25; i++) queries.Add($"{fields[i % fields.Length]}:{Word()}");
        for (var i = 0; i < 25; i++) queries.Add(Word()[..3] + "*");
        for (var i = 0; i < 25; i++) queries.Add(Misspell(Word(), random) + "~1");
        for (var i = 0; i < 20; i++) queries.Add($"{Word()}^{1 + (i % 9)} {Word()}");
        return queries;
    }

    /// <summary>
    /// The corpus's words, each with one edit anywhere (the first letter too): a letter dropped, doubled
    /// to another, replaced or swapped with the next, as typing does.
    /// </summary>
    public static IReadOnlyList<string> Misspell(IEnumerable<string> texts, int count, int seed)
    {
        var vocabulary = Vocabulary(texts);
        var random = new Random(seed);
        var typos = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var word = vocabulary[random.Next(vocabulary.Count)];
            var at = random.Next(word.Length - 1);
            var letter = (char)('a' + random.Next(26));
            typos.Add((i % 4) switch
            {
                0 => word[..at] + word[(at + 1)..],
                1 => word[..at] + letter + word[at..],
                2 => word[..at] + letter + word[(at + 1)..],
                _ => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            });
        }

        return typos;
    }

    /// <summary>The corpus's 1,500 most frequent words of four letters or more (no stop words), most frequent first.</summary>
    private static List<string> Vocabulary(IEnumerable<string> texts) => texts
        .SelectMany(LunrTokenizer.Tokenize)
        .Select(LunrTrimmer.Trim)
        .Where(w => w.Length >= 4 && w.All(char.IsAsciiLetter) && !LunrStopWords.IsStopWord(w))
        .GroupBy(w => w, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .Take(1500)
        .ToList();

    private static string Misspell(string word, Random random)
    {
        var at = random.Next(1, word.Length - 1);
        return random.Next(3) switch
        {
            0 => word[..at] + word[(at + 1)..],                       // a letter dropped
            1 => word[..at] + word[at + 1] + word[at] + word[(at + 2)..], // two letters swapped
            _ => word[..at] + 'x' + word[(at + 1)..],                 // a letter replaced
        };
    }
}
