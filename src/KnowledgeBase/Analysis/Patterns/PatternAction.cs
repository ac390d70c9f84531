using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Patterns;

/// <summary>An action item that addresses a factor of a pattern, with its incident and its place in the incident's list.</summary>
public sealed record PatternAction(RenderedPostmortem Incident, int Index, ActionItem Item);
