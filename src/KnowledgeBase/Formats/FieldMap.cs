using System.Collections.Immutable;

namespace KnowledgeBase.Formats;

/// <summary>
/// Reads an archive written in another schema without editing its files: <c>fields:</c> in kb.yml names,
/// for a field of ours, the archive's own keys it is read from (<c>date: start_time</c>,
/// <c>tags: [categories, keywords]</c>). The front-matter is rewritten into our names before it is read,
/// so every type check and position works as for our own keys.
/// </summary>
public sealed record FieldMap
{
    public static readonly FieldMap None = new(ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty);

    /// <summary>Our fields that hold lists: their sources are joined, and a single value counts as a list of one.</summary>
    private static readonly ImmutableHashSet<string> ListFields =
        ["services", "tags", "authors", "related", "contributing_factors", "action_items"];

    /// <param name="sources">For each field of ours, the keys it is read from, in order.</param>
    public FieldMap(ImmutableSortedDictionary<string, ImmutableArray<string>> sources)
    {
        Sources = sources;
        _sourceKeys = [.. sources.Values.SelectMany(keys => keys)];
    }

    /// <summary>For each field of ours, the keys it is read from, in order.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Sources { get; }

    private readonly ImmutableHashSet<string> _sourceKeys;

    public bool IsEmpty => Sources.IsEmpty;

    /// <summary>
    /// The front-matter in our names. A mapped field is read from its sources only: for a list, every
    /// source present, joined; for a single value, the first source that has one. An empty value in an
    /// archive means "not known", so it counts as absent. The sources' own keys are consumed, so they do
    /// not show again among the postmortem's other fields.
    /// </summary>
    public YamlMapValue Apply(YamlMapValue map)
    {
        if (IsEmpty)
        {
            return map;
        }

        var entries = map.Entries.Where(e => !_sourceKeys.Contains(e.Key) && !Sources.ContainsKey(e.Key)).ToList();
        foreach (var (field, keys) in Sources)
        {
            var present = keys.Select(k => map.Entries.FirstOrDefault(e => e.Key == k)).OfType<YamlMapEntry>().Where(e => HasValue(e.Value)).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            YamlValue value = ListFields.Contains(field) ? Join(present) : present[0].Value;
            entries.Add(new YamlMapEntry(field, present[0].KeyPosition, value));
        }

        return map with { Entries = [.. entries] };
    }

    /// <summary>How a message names a field of ours, quoted: by the archive's keys it was read from, when mapped.</summary>
    public string Describe(string field)
    {
        var end = field.IndexOfAny(['[', '.']);
        var top = end < 0 ? field : field[..end];
        return Sources.TryGetValue(top, out var keys)
            ? $"'{string.Join("' or '", keys)}' (read as '{field}')"
            : $"'{field}'";
    }

    /// <summary>Every item of every source, in order; a single value is one item.</summary>
    private static YamlListValue Join(List<YamlMapEntry> present)
    {
        if (present.Count == 1 && present[0].Value is YamlListValue only)
        {
            return only;
        }

        var items = present.SelectMany(e => e.Value is YamlListValue list ? list.Items : [e.Value]);
        return new YamlListValue([.. items], present[0].Value.Position);
    }

    private static bool HasValue(YamlValue value) => value switch
    {
        YamlScalarValue scalar => !scalar.IsNull && scalar.Text.Trim().Length > 0,
        YamlListValue list => list.Items.Length > 0,
        _ => true,
    };

    public bool Equals(FieldMap? other) =>
        other is not null && Sources.Count == other.Sources.Count
        && Sources.All(s => other.Sources.TryGetValue(s.Key, out var keys) && keys.SequenceEqual(s.Value));

    public override int GetHashCode() => Sources.Count;
}
