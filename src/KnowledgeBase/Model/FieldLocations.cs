using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Model;

/// <summary>
/// Where each front-matter value was written, keyed by its path (<c>severity</c>, <c>tags[2]</c>,
/// <c>action_items[0].owner</c>), so later stages can point at the exact line and column.
/// </summary>
/// <remarks>
/// Every postmortem keeps one for the whole build (dozens of paths each), so it is two sorted arrays
/// searched by halving rather than a tree of nodes: at 10,000 postmortems that is some 30 MB less to hold.
/// </remarks>
public sealed class FieldLocations
{
    public static readonly FieldLocations Empty = new([], SourcePosition.Start);

    private readonly string[] _paths;
    private readonly SourcePosition[] _positions;

    /// <param name="positions">Each path with where it was written, in the order recorded; the last one recorded for a path wins.</param>
    public FieldLocations(IEnumerable<(string Path, SourcePosition Position)> positions, SourcePosition fallback)
    {
        var last = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var (path, position) in positions)
        {
            last[path] = position;
        }

        _paths = [.. last.Keys];
        _positions = [.. last.Values];
        Array.Sort(_paths, _positions, StringComparer.Ordinal);
        Fallback = fallback;
    }

    /// <summary>The position used for a field that was not written at all (the start of the front-matter).</summary>
    public SourcePosition Fallback { get; }

    public SourcePosition this[string path] => Array.BinarySearch(_paths, path, StringComparer.Ordinal) is var i and >= 0 ? _positions[i] : Fallback;

    public bool Contains(string path) => Array.BinarySearch(_paths, path, StringComparer.Ordinal) >= 0;
}
