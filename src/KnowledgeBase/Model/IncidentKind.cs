namespace KnowledgeBase.Model;

/// <summary>
/// What happened: an incident, or a near miss (it could have hurt users and did not). Near misses are
/// learned from like incidents but are not outages: they stay out of time to detect and resolve and of
/// the repeat rate, and are counted on their own.
/// </summary>
public enum IncidentKind
{
    Incident,
    NearMiss,
}
