namespace KnowledgeBase.Model;

/// <summary>How urgent a follow-up is, as the author ranked it; most urgent first.</summary>
public enum ActionPriority
{
    High,
    Medium,
    Low,
}
