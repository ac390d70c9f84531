namespace KnowledgeBase.Bench.Similarity;

/// <summary>
/// The words the baselines compare: lower-case runs of letters and digits, a short English stop list
/// dropped, no stemming. Deliberately plain, so the baselines are what anyone would write first.
/// </summary>
public static class Terms
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
        "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in",
        "into", "is", "it", "its", "more", "no", "not", "of", "on", "or", "our", "out", "s", "she", "so", "some",
        "t", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "up", "us",
        "was", "we", "were", "what", "when", "which", "while", "who", "will", "with", "would", "you",
    };

    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var term = text[start..i].ToLowerInvariant();
                if (!Stop.Contains(term))
                {
                    terms.Add(term);
                }

                start = -1;
            }
        }

        return terms;
    }

    /// <summary>How often each term occurs in <paramref name="text"/>.</summary>
    public static Dictionary<string, int> Counts(string text) =>
        Of(text).CountBy(t => t).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
}
