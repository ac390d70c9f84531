namespace KnowledgeBase.Model;

/// <summary>Statuses as front-matter spells them ("in-progress", "wont-do"), for every place that writes them back out.</summary>
public static class StatusNames
{
    public static string Name(this ActionItemStatus status) => status switch
    {
        ActionItemStatus.Open => "open",
        ActionItemStatus.InProgress => "in-progress",
        ActionItemStatus.Done => "done",
        _ => "wont-do",
    };

    public static string Name(this ActionPriority priority) => priority switch
    {
        ActionPriority.High => "high",
        ActionPriority.Medium => "medium",
        _ => "low",
    };

    public static string Name(this IncidentKind kind) => kind == IncidentKind.NearMiss ? "near-miss" : "incident";

    public static string Name(this PostmortemStatus status) => status switch
    {
        PostmortemStatus.Published => "published",
        PostmortemStatus.InReview => "in-review",
        _ => "draft",
    };
}
