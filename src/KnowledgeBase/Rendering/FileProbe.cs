namespace KnowledgeBase.Rendering;

/// <summary>
/// One look at the input folder while rendering a body: whether a file a link names could be published.
/// A cached rendering stays valid only while every look it took still gives the same answer (an image
/// added or deleted beside a postmortem changes its page).
/// </summary>
/// <param name="Path">Relative to the input folder, with forward slashes.</param>
public sealed record FileProbe(string Path, bool Servable);
