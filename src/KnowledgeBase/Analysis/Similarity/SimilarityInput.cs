using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>What similarity reads from a postmortem: its keywords, and its texts with their weights.</summary>
public static class SimilarityInput
{
    /// <summary>What similarity reads from a postmortem. Used for drafts too, which may have little of it.</summary>
    public static SimilarityDocument DocumentOf(Postmortem p, string summary, string bodyText) =>
        new(p.Id, KeywordsOf(p), string.Join('\n', TextsOf(p, summary, bodyText).SelectMany(t => Enumerable.Repeat(t.Text, t.Weight))));

    /// <summary>Its tags (the factors' too), services and factor categories, lower-cased, each once.</summary>
    public static ImmutableArray<(KeywordKind Kind, string Value)> KeywordsOf(Postmortem p) =>
        [.. p.Tags.Concat(p.ContributingFactors.SelectMany(f => f.Tags)).Select(t => (KeywordKind.Tag, t.ToLowerInvariant()))
            .Concat(p.Services.Select(s => (KeywordKind.Service, s.ToLowerInvariant())))
            .Concat(p.ContributingFactors.Where(f => f.Category.Length > 0).Select(f => (KeywordKind.Category, f.Category.ToLowerInvariant())))
            .Distinct()];

    /// <summary>
    /// The words similarity compares: title, impact, summary, body and the factors' descriptions. The title
    /// and the factors count twice: they say in a few words what happened and why, where a body also tells
    /// the timeline and the clean-up.
    /// </summary>
    public static WeightedText[] TextsOf(Postmortem p, string summary, string bodyText) =>
    [
        new(p.Title, 2),
        new(p.Impact ?? "", 1),
        new(summary, 1),
        new(bodyText, 1),
        new(string.Join('\n', p.ContributingFactors.Select(f => f.Description)), 2),
    ];

    /// <summary>
    /// The texts similarity counts for an incident of the knowledge base. A draft may still carry the
    /// template's prompts, which are not what the incident is about: they are left out. Only drafts are
    /// looked at: a published analysis has answered them, and reading every body of a large knowledge base
    /// for them would cost more than they could change.
    /// </summary>
    public static WeightedText[] TextsOf(RenderedPostmortem incident, string bodyText, TemplatePrompts prompts) =>
        incident.Postmortem.Status == PostmortemStatus.Draft
            ? TextsOf(incident.Postmortem, prompts.Strip(incident.Summary), prompts.Strip(bodyText))
            : TextsOf(incident.Postmortem, incident.Summary, bodyText);
}
