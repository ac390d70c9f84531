using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Metrics;

/// <summary>The durations of one incident's learning loop; null where front-matter lacks what they need.</summary>
public static class IncidentDurations
{
    /// <summary>From the start to detection; needs a start time, not just a date.</summary>
    public static TimeSpan? TimeToDetect(Postmortem p) =>
        p.Date is { HasTime: true } start && p.Detected is { } detected ? detected.Value - start.Value : null;

    /// <summary>From resolution to the published analysis, in whole days.</summary>
    public static TimeSpan? TimeToInsight(Postmortem p) =>
        p.Resolved is { } resolved && p.Published is { } published ? published.ToDateTime(TimeOnly.MinValue) - resolved.Value.UtcDateTime.Date : null;

    /// <summary>From the published analysis to the last action item closed; null while any is open or undated.</summary>
    public static TimeSpan? TimeToRemediate(Postmortem p) =>
        p.Published is { } published && p.ActionItems.Length > 0 && p.ActionItems.All(a => a.IsClosed && a.Closed is not null)
            ? p.ActionItems.Max(a => a.Closed!.Value).ToDateTime(TimeOnly.MinValue) - published.ToDateTime(TimeOnly.MinValue)
            : null;
}
