using System.Collections.Immutable;

namespace KnowledgeBase.Model;

/// <summary>A condition of the system or organisation that made the incident possible or worse.</summary>
public sealed record ContributingFactor(string Category, string Description, ImmutableArray<string> Tags);
