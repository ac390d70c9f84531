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

    /// <summary>
    /// The same tokens as <see cref="Tokenize(string?)"/>, as slices of the lower-cased text: indexing a
    /// large knowledge base looks most tokens up in a cache, and needs no string for those.
    /// </summary>
    public static TokenEnumerator Tokens(string? text) => new(text is null ? "" : LunrText.ToLower(text));

    /// <summary>Walks the tokens of a lower-cased text; see <see cref="Tokens"/>.</summary>
    public ref struct TokenEnumerator(string lower)
    {
        private int _start;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly TokenEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = lower.AsSpan();
            while (_start < text.Length)
            {
                var end = _start;
                while (end < text.Length && !IsSeparator(text[end]))
                {
                    end++;
                }

                var token = text[_start..end];
                _start = end + 1;
                if (!token.IsEmpty)
                {
                    Current = token;
                    return true;
                }
            }

            return false;
        }
    }

    public static bool IsSeparator(char c) => c == '-' || LunrText.IsJsWhitespace(c);
}
