namespace KnowledgeBase.Analysis;

/// <summary>Why two incidents are linked, as the incident page explains it.</summary>
public enum LinkKind
{
    /// <summary>This postmortem lists the other in <c>related</c>.</summary>
    Related,

    /// <summary>The other postmortem lists this one in <c>related</c> (a backlink).</summary>
    RelatedFrom,

    /// <summary>This incident is a repeat of the other (<c>repeat_of</c>).</summary>
    RepeatOf,

    /// <summary>The other incident is a repeat of this one.</summary>
    RepeatedBy,
}
