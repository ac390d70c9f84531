using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Where a similar incident stands in time from the one whose page lists it. An undated incident is
/// neither earlier nor later than any other: it has its own group, seen from both sides.
/// </summary>
public enum SimilarGroup
{
    Earlier,
    Later,
    Undated,
}

public static class SimilarGroups
{
    /// <summary>The group of <paramref name="other"/> as seen from <paramref name="incident"/>; the same day counts as earlier.</summary>
    public static SimilarGroup Of(Postmortem incident, Postmortem other) =>
        incident.Date is { } date && other.Date is { } otherDate
            ? otherDate > date ? SimilarGroup.Later : SimilarGroup.Earlier
            : SimilarGroup.Undated;
}
