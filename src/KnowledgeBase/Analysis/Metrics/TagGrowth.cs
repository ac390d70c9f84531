using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Metrics;

/// <summary>A tag whose incidents grew from one quarter to the next: where failures are becoming more common.</summary>
public sealed record TagGrowth(string Tag, Quarter From, int Before, Quarter To, int After)
{
    public int Growth => After - Before;

    /// <summary>How many incidents a tag needs in the last quarter to be called growing: one or two are chance.</summary>
    public const int MinimumCount = 3;

    /// <summary>
    /// Compares the last quarter with the one before it and keeps the tags that grew most (then by
    /// count, then by name), among those with at least <see cref="MinimumCount"/> incidents in the last
    /// quarter. Empty when there are fewer than two quarters.
    /// </summary>
    public static ImmutableArray<TagGrowth> Fastest(ImmutableArray<Quarter> quarters, ImmutableDictionary<Quarter, ImmutableArray<RenderedPostmortem>> byQuarter, int count)
    {
        if (quarters.Length < 2)
        {
            return [];
        }

        var (from, to) = (quarters[^2], quarters[^1]);
        int Tagged(Quarter q, string tag) => byQuarter[q].Count(i => i.Postmortem.Tags.Contains(tag, StringComparer.Ordinal));
        return [.. byQuarter[to].SelectMany(i => i.Postmortem.Tags).Distinct(StringComparer.Ordinal)
            .Select(tag => new TagGrowth(tag, from, Tagged(from, tag), to, Tagged(to, tag)))
            .Where(g => g.Growth > 0 && g.After >= MinimumCount)
            .OrderByDescending(g => g.Growth)
            .ThenByDescending(g => g.After)
            .ThenBy(g => g.Tag, StringComparer.Ordinal)
            .Take(count)];
    }
}
