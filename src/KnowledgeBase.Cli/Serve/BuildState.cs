using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli.Serve;

/// <summary>
/// The outcome of the latest build while serving. Open pages compare <see cref="Build"/> with the build
/// they were served from and reload when it moved on; a failed build shows its findings over the page.
/// </summary>
/// <param name="Build">Counts successful builds; a failed build keeps the number of the site still served.</param>
/// <param name="Errors">The findings of a failed build (empty when the site is current).</param>
public sealed record BuildState(int Build, bool Ok, IReadOnlyList<Diagnostic> Errors)
{
    public static readonly BuildState Starting = new(0, true, []);
}
