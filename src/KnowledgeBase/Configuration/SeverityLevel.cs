using System.Collections.Immutable;

namespace KnowledgeBase.Configuration;

/// <summary>One severity level. <see cref="Rank"/> 0 is the most severe; aliases ("critical") fold into the id.</summary>
public sealed record SeverityLevel(string Id, string Label, string Description, ImmutableArray<string> Aliases, int Rank);
