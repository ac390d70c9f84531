namespace KnowledgeBase.Model;

/// <summary>The state of one follow-up. Done and won't-do are closed; the others are open work.</summary>
public enum ActionItemStatus
{
    Open,
    InProgress,
    Done,
    WontDo,
}
