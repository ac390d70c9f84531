using System.Collections.Immutable;

namespace KnowledgeBase.Model;

/// <summary>
/// One postmortem as its author wrote it: the typed front-matter plus the Markdown body.
/// Every list is in the author's order; nothing here depends on the order files were found in.
/// </summary>
public sealed record Postmortem
{
    /// <summary>The stable slug the page lives under: <c>id</c> from front-matter, else the file name.</summary>
    public required string Id { get; init; }

    /// <summary>The file, relative to the input folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    /// <summary>When the incident started; null for an undated incident.</summary>
    public IncidentTime? Date { get; init; }

    /// <summary>The canonical severity level id, or null when none was given.</summary>
    public string? Severity { get; init; }

    public PostmortemStatus Status { get; init; } = PostmortemStatus.Published;

    /// <summary>An incident (the default) or a near miss (<c>kind: near-miss</c>).</summary>
    public IncidentKind Kind { get; init; } = IncidentKind.Incident;

    public bool IsNearMiss => Kind == IncidentKind.NearMiss;
    public ImmutableArray<string> Services { get; init; } = [];
    public ImmutableArray<string> Tags { get; init; } = [];
    public ImmutableArray<string> Authors { get; init; } = [];
    public IncidentTime? Detected { get; init; }
    public IncidentTime? Resolved { get; init; }
    public DateOnly? Published { get; init; }
    public string? Impact { get; init; }

    /// <summary>The summary from front-matter; the rendering stage falls back to the body's first paragraph.</summary>
    public string? Summary { get; init; }

    public ImmutableArray<ContributingFactor> ContributingFactors { get; init; } = [];
    public ImmutableArray<ActionItem> ActionItems { get; init; } = [];
    public ImmutableArray<string> Related { get; init; } = [];
    public string? RepeatOf { get; init; }

    /// <summary>False when the author switched the blameless-language check (KB4005) off for this file.</summary>
    public bool BlamelessCheck { get; init; } = true;

    /// <summary>
    /// Keys this tool does not know (real files carry <c>company</c>, <c>source_url</c>...), kept for the
    /// theme. Values are strings, lists of values, or sorted maps of values.
    /// </summary>
    public ImmutableSortedDictionary<string, object> Extra { get; init; } =
        ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal);

    /// <summary>The Markdown after the front-matter.</summary>
    public string Body { get; init; } = "";

    /// <summary>The 1-based line of the file on which <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    public FieldLocations Locations { get; init; } = FieldLocations.Empty;

    /// <summary>
    /// How long the incident lasted from detection to resolution, when both are known. Many archives
    /// record only when an incident started and ended: without a detection time, the start (with its time
    /// of day) stands in.
    /// </summary>
    public TimeSpan? TimeToResolve =>
        (Detected ?? (Date is { HasTime: true } start ? start : null)) is { } d && Resolved is { } r && r >= d ? r.Value - d.Value : null;
}
