namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// One token as lunr's index pipeline leaves it, with what similarity makes of it: both read the same
/// trimmed, stemmed words, so one cache serves them.
/// </summary>
/// <param name="Token">The lower-cased token as the text has it (the key it is remembered by).</param>
/// <param name="Surface">The token trimmed of what lunr's trimmer cuts: how a reason names the word.</param>
/// <param name="Term">The stemmed term lunr indexes (possibly empty, as lunr keeps it); null for a stop word.</param>
/// <param name="Compared">Whether similarity counts the term: not a stop word, three characters or more, with a letter.</param>
public sealed record LunrWord(string Token, string Surface, string? Term, bool Compared)
{
    /// <summary>The word's number in the <see cref="TermNumbering"/> of the cache that made it; -1 for none.</summary>
    public int Number { get; init; } = -1;

    /// <summary>Runs <paramref name="token"/> through the trimmer, the stop-word filter and the stemmer.</summary>
    /// <param name="number">The word's <see cref="Number"/>, given by the cache that makes it.</param>
    public static LunrWord Of(string token, int number = -1)
    {
        var trimmed = LunrTrimmer.Trim(token);
        if (LunrStopWords.IsStopWord(trimmed))
        {
            return new LunrWord(token, trimmed, null, false) { Number = number };
        }

        return new LunrWord(token, trimmed, LunrStemmer.Stem(trimmed), trimmed.Length >= 3 && trimmed.Any(char.IsLetter)) { Number = number };
    }

    /// <summary>The term similarity counts, or null when it does not count this word.</summary>
    public string? ComparedTerm => Compared ? Term : null;
}
