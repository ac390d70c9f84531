namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// lunr.tokenizer: lower-cases text and splits it on whitespace and hyphens (lunr.tokenizer.separator).
/// A list value is not split: each item is one token, as lunr does for arrays.
/// </summary>
public static class LunrTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (text is null)
        {
            return tokens;
        }

        var lower = LunrText.ToLower(text);
        var start = 0;
        for (var end = 0; end <= lower.Length; end++)
        {
            if (end == lower.Length || IsSeparator(lower[end]))
            {
                if (end > start)
                {
                    tokens.Add(lower[start..end]);
                }

                start = end + 1;
            }
        }

        return tokens;
    }

    public static List<string> Tokenize(IEnumerable<string> items) => [.. items.Select(LunrText.ToLower)];

    public static bool IsSeparator(char c) => c == '-' || LunrText.IsJsWhitespace(c);
}
