namespace KnowledgeBase.Model;

/// <summary>Where the analysis is in its life. Drafts are left out of the site unless the build asks for them.</summary>
public enum PostmortemStatus
{
    Published,
    InReview,
    Draft,
}
