namespace KnowledgeBase.Analysis.Similarity;

/// <summary>Another postmortem that may be the same incident filed twice, and why (same title, or nearly the same words).</summary>
public sealed record PossibleDuplicate(Model.RenderedPostmortem Other, string Reason);
