namespace KnowledgeBase.Configuration;

/// <summary>A contributing-factor category of the taxonomy (technical, process, organizational by default).</summary>
public sealed record FactorCategory(string Id, string Label, string Description);
