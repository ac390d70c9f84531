namespace KnowledgeBase.Model;

/// <summary>A follow-up that turns a finding into finished work.</summary>
public sealed record ActionItem(
    string Title,
    string? Owner,
    string? Ticket,
    DateOnly? Due,
    ActionItemStatus Status,
    DateOnly? Closed)
{
    public bool IsClosed => Status is ActionItemStatus.Done or ActionItemStatus.WontDo;

    /// <summary>Open work whose due date lies before <paramref name="asOf"/>.</summary>
    public bool IsOverdue(DateOnly asOf) => !IsClosed && Due is { } due && due < asOf;
}
