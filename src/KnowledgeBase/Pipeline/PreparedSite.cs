using KnowledgeBase.Analysis;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Pipeline;

/// <summary>Everything a build knows before it writes: the analysed site, the theme and the planned pages.</summary>
/// <param name="Theme">Null when the theme could not be loaded (reported in <paramref name="Findings"/>).</param>
/// <param name="StaticFiles">The files of <c>static/</c> to copy, chosen once: what was reported is what is written.</param>
public sealed record PreparedSite(
    SiteModel Site,
    Theme? Theme,
    IReadOnlyList<PlannedPage> Pages,
    IReadOnlyList<Diagnostic> Findings,
    int Files,
    int Postmortems,
    IReadOnlyList<string> StaticFiles)
{
    public bool HasErrors => Findings.Any(d => d.IsError);
}
