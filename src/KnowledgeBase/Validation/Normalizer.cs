using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>
/// Folds what authors wrote into the knowledge base's canonical names: tag aliases into their tag,
/// severity aliases into their level, categories and references to lower case. Runs after the rules,
/// so their messages quote the author's own spelling.
/// </summary>
public static class Normalizer
{
    public static Postmortem Normalize(Postmortem postmortem, SiteConfig config)
    {
        var severity = postmortem.Severity is { } s ? config.FindSeverity(s)?.Id : null;
        return Fold(postmortem, config, severity) with { ActionItems = DueFromSlo(postmortem, severity, config) };
    }

    /// <summary>
    /// Items without a due date get one from kb.yml's <c>action_slo</c>: the publication date plus the
    /// days its severity allows, so overdue means the same for them as for items with a date.
    /// </summary>
    private static ImmutableArray<ActionItem> DueFromSlo(Postmortem postmortem, string? severity, SiteConfig config)
    {
        if (postmortem.Published is not { } published || severity is null || !config.ActionSlo.TryGetValue(severity, out var days))
        {
            return postmortem.ActionItems;
        }

        return [.. postmortem.ActionItems.Select(a => a.Due is null ? a with { Due = published.AddDays(days), DueFromSlo = true } : a)];
    }

    private static Postmortem Fold(Postmortem postmortem, SiteConfig config, string? severity) => postmortem with
    {
        Severity = severity,
        Tags = FoldTags(postmortem.Tags, config.Tags),
        Services = Distinct(postmortem.Services.Select(s => s.Trim())),
        ContributingFactors =
        [
            .. postmortem.ContributingFactors.Select(f => f with
            {
                Category = config.FindCategory(f.Category)?.Id ?? f.Category.ToLowerInvariant(),
                Tags = FoldTags(f.Tags, config.Tags),
            }),
        ],
        Related = Distinct(postmortem.Related.Select(r => r.ToLowerInvariant())),
        RepeatOf = postmortem.RepeatOf?.ToLowerInvariant(),
    };

    private static ImmutableArray<string> FoldTags(ImmutableArray<string> tags, TagVocabulary vocabulary) =>
        Distinct(tags.Select(t => vocabulary.Resolve(t) ?? t.Trim().ToLowerInvariant()));

    /// <summary>Keeps the first of each value (case-insensitively), in the author's order.</summary>
    private static ImmutableArray<string> Distinct(IEnumerable<string> values) =>
        [.. values.Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
