using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Model;

/// <summary>
/// Where each front-matter value was written, keyed by its path (<c>severity</c>, <c>tags[2]</c>,
/// <c>action_items[0].owner</c>), so later stages can point at the exact line and column.
/// </summary>
public sealed class FieldLocations
{
    public static readonly FieldLocations Empty = new(ImmutableDictionary<string, SourcePosition>.Empty, SourcePosition.Start);

    private readonly ImmutableDictionary<string, SourcePosition> _positions;

    public FieldLocations(ImmutableDictionary<string, SourcePosition> positions, SourcePosition fallback)
    {
        _positions = positions;
        Fallback = fallback;
    }

    /// <summary>The position used for a field that was not written at all (the start of the front-matter).</summary>
    public SourcePosition Fallback { get; }

    public SourcePosition this[string path] => _positions.TryGetValue(path, out var p) ? p : Fallback;

    public bool Contains(string path) => _positions.ContainsKey(path);
}
