using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Pipeline;

/// <summary>How a build or check went: every finding, sorted, and what was written.</summary>
/// <param name="Files">Postmortem files found.</param>
/// <param name="Postmortems">Files whose front-matter could be read.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Files, int Postmortems, int PagesWritten, bool Written)
{
    /// <summary>What the user should know about how the site was written, not about the postmortems; usually nothing.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => !d.IsError);
    public bool Succeeded => Errors == 0;
}
