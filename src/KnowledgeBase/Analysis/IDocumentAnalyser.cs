namespace KnowledgeBase.Analysis;

/// <summary>
/// The per-document step of analysis: tokenizing and stemming one incident's texts, the costly part of
/// analysis and the only part that reads the bodies. Every index, weight and score is then computed from
/// all the results afresh. A build that keeps a cache wraps this step (see
/// <c>Incremental.CachingDocumentAnalyser</c>); analysis itself never knows whether a result was kept.
/// </summary>
public interface IDocumentAnalyser
{
    /// <summary>Must be safe to call from several threads at once.</summary>
    AnalysedDocument Analyse(DocumentInput input);

    /// <summary>
    /// Called once a build's last document is analysed, before the indexes are built (the build's peak of
    /// memory): the step lets go of what it held for the documents (<see cref="DocumentAnalyser"/> its word
    /// cache), a wrapper of what it held for the step; a wrapper that keeps the step for later builds (in
    /// memory, for <c>kb serve</c>) does not pass it on.
    /// </summary>
    void EndOfDocuments()
    {
    }
}
