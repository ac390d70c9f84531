using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search;

/// <summary>A document after lunr's pipeline, one entry per field of the builder, in the builder's field order.</summary>
public sealed record LunrAnalysedDocument(ImmutableArray<LunrAnalysedField> Fields);

/// <summary>A field's terms in order of first appearance with their counts, and its length in terms.</summary>
public sealed record LunrAnalysedField(ImmutableArray<KeyValuePair<string, int>> Terms, int Length);
