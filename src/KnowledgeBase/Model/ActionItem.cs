using System.Collections.Immutable;

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
    /// <summary>The tag that marks an item as part of a systemic, roadmap-sized change (with <see cref="ActionPriority.High"/>).</summary>
    public const string StrategicTag = "strategic";

    /// <summary>The ids of the postmortem's contributing factors this item acts on.</summary>
    public ImmutableArray<string> Addresses { get; init; } = [];

    public ActionPriority? Priority { get; init; }

    /// <summary>Why the item will not be done (required for <see cref="ActionItemStatus.WontDo"/> by the integration gate).</summary>
    public string? Reason { get; init; }

    /// <summary>The item's own labels (<c>strategic</c>...), apart from the incident's tags.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>True when <see cref="Due"/> was not written but set from kb.yml's <c>action_slo</c> and the publication date.</summary>
    public bool DueFromSlo { get; init; }

    public bool IsClosed => Status is ActionItemStatus.Done or ActionItemStatus.WontDo;

    /// <summary>A high-priority item tagged <c>strategic</c>: the incident's contribution to the roadmap.</summary>
    public bool IsStrategic => Priority == ActionPriority.High && Tags.Contains(StrategicTag, StringComparer.OrdinalIgnoreCase);

    /// <summary>Open work whose due date lies before <paramref name="asOf"/>.</summary>
    public bool IsOverdue(DateOnly asOf) => !IsClosed && Due is { } due && due < asOf;
}
