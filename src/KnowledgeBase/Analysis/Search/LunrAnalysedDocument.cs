using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search;

/// <summary>A document after lunr's pipeline, one entry per field of the builder, in the builder's field order.</summary>
public sealed record LunrAnalysedDocument(ImmutableArray<LunrAnalysedField> Fields)
{
    /// <summary>What the fields' <see cref="LunrAnalysedField.Numbers"/> are numbers in; null when the terms are not numbered.</summary>
    public TermNumbering? Numbering { get; init; }
}

/// <summary>A field's terms in order of first appearance with their counts, and its length in terms.</summary>
public sealed record LunrAnalysedField(ImmutableArray<KeyValuePair<string, int>> Terms, int Length)
{
    /// <summary>
    /// Each term's number in the document's <see cref="LunrAnalysedDocument.Numbering"/> (one per term, in the
    /// same order): the number of a word the term was made from. Empty when the terms are not numbered.
    /// </summary>
    public ImmutableArray<int> Numbers { get; init; } = [];

    /// <summary>The number of the term at <paramref name="index"/>; -1 when the terms are not numbered.</summary>
    public int NumberAt(int index) => Numbers.Length == Terms.Length ? Numbers[index] : -1;
}
