using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Incremental;

/// <summary>
/// What rendering one postmortem's body produced, kept so an unchanged postmortem is not rendered again:
/// the page's HTML and text, and the findings rendering reported, replayed on every build that reuses it.
/// </summary>
/// <param name="Probes">The looks at the input folder the result depends on; see <see cref="FileProbe"/>.</param>
public sealed record CachedRender(
    Utf8Html BodyHtml,
    string Summary,
    BodyText Text,
    IReadOnlyList<KeyValuePair<string, string>> Attachments,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<FileProbe> Probes);
