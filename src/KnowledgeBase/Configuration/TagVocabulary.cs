using System.Collections.Immutable;

namespace KnowledgeBase.Configuration;

/// <summary>
/// The tags a knowledge base agrees on. Tags compare case-insensitively; an alias resolves to its
/// canonical tag. An empty vocabulary is open: every tag is accepted as written (lower-cased).
/// </summary>
public sealed class TagVocabulary
{
    private readonly ImmutableDictionary<string, string> _canonicalByName;

    public TagVocabulary(ImmutableArray<TagDefinition> tags)
    {
        Tags = tags;
        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
        {
            map[tag.Id] = tag.Id;
            foreach (var alias in tag.Aliases)
            {
                map.TryAdd(alias, tag.Id);
            }
        }

        _canonicalByName = map.ToImmutable();
    }

    public static TagVocabulary Open { get; } = new([]);

    public ImmutableArray<TagDefinition> Tags { get; }

    public bool IsOpen => Tags.IsEmpty;

    /// <summary>The canonical tag for <paramref name="tag"/>, or null when a closed vocabulary lacks it.</summary>
    public string? Resolve(string tag)
    {
        var trimmed = tag.Trim();
        if (_canonicalByName.TryGetValue(trimmed, out var canonical))
        {
            return canonical;
        }

        return IsOpen ? trimmed.ToLowerInvariant() : null;
    }

    public TagDefinition? Find(string canonical) => Tags.FirstOrDefault(t => t.Id == canonical);

    /// <summary>The known tag or alias closest in spelling, to suggest in a warning.</summary>
    public string? Nearest(string tag) => Spelling.Nearest(tag, _canonicalByName.Keys);
}
