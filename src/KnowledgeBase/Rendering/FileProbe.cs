namespace KnowledgeBase.Rendering;

/// <summary>
/// One look at the input folder while rendering a body: whether a file a link names could be published.
/// A cached rendering stays valid only while every look it took still gives the same answer (an image
/// added or deleted beside a postmortem changes its page; so does script written into an SVG).
/// </summary>
/// <param name="Path">Relative to the input folder, with forward slashes.</param>
/// <param name="Servable">The file exists and lies inside the input folder.</param>
/// <param name="ActiveReason">Why the file would run script if published (<see cref="ActiveContent"/>), or null.</param>
public sealed record FileProbe(string Path, bool Servable, string? ActiveReason = null);
