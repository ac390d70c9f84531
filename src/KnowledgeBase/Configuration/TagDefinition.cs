using System.Collections.Immutable;

namespace KnowledgeBase.Configuration;

/// <summary>A canonical tag of the vocabulary and the aliases that fold into it.</summary>
public sealed record TagDefinition(string Id, string Description, ImmutableArray<string> Aliases);
