using System.Buffers;

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
    /// large knowledge base looks most tokens up in a cache, and needs no string for those. The lower-cased
    /// text is a pooled buffer, not a string (a body is lower-cased twice, for search and for similarity),
    /// returned when the enumeration ends; a token must not be kept past it.
    /// </summary>
    public static TokenEnumerator Tokens(string? text)
    {
        text ??= "";
        if (LunrText.NeedsFullCaseMapping(text))
        {
            var lower = LunrText.ToLower(text).ToCharArray();
            return new TokenEnumerator(lower, lower.Length, pooled: null);
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        LunrText.ToLowerInvariant(text, buffer.AsSpan(0, text.Length));
        return new TokenEnumerator(buffer, text.Length, buffer);
    }

    /// <summary>Walks the tokens of a lower-cased text; see <see cref="Tokens"/>.</summary>
    public ref struct TokenEnumerator
    {
        private readonly char[] _lower;
        private readonly int _length;
        private char[]? _pooled;
        private int _start;

        internal TokenEnumerator(char[] lower, int length, char[]? pooled)
        {
            _lower = lower;
            _length = length;
            _pooled = pooled;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Where <see cref="Current"/> starts in the lower-cased text (in the text itself, unless it needed full case mapping).</summary>
        public int Start { get; private set; }

        public readonly TokenEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _lower.AsSpan(0, _length);
            while (_start < text.Length)
            {
                var next = text[_start..].IndexOfAny(Separators);
                var end = next < 0 ? text.Length : _start + next;

                var token = text[_start..end];
                var start = _start;
                _start = end + 1;
                if (!token.IsEmpty)
                {
                    Current = token;
                    Start = start;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Gives the buffer back to the pool (foreach calls this when the loop ends).</summary>
        public void Dispose()
        {
            if (_pooled is { } buffer)
            {
                _pooled = null;
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    public static bool IsSeparator(char c) => c == '-' || LunrText.IsJsWhitespace(c);

    /// <summary>
    /// Every character <see cref="IsSeparator"/> names, for a vectorised search: a body's next separator
    /// was found a character at a time, twice as slowly. Made from that one rule, so the two cannot differ.
    /// </summary>
    private static readonly SearchValues<char> Separators =
        SearchValues.Create([.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(IsSeparator)]);
}
