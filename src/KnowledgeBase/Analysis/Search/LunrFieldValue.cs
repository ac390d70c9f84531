namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// What one document holds in one field: text, split into words by the tokenizer, or a list whose
/// items are words as they are (lunr treats an array this way).
/// </summary>
public readonly record struct LunrFieldValue(string? Text, IReadOnlyList<string>? Items)
{
    public static implicit operator LunrFieldValue(string? text) => new(text, null);

    public static LunrFieldValue FromItems(IReadOnlyList<string> items) => new(null, items);

    public List<string> Tokenize() => Items is null ? LunrTokenizer.Tokenize(Text) : LunrTokenizer.Tokenize(Items);
}
