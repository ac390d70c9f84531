using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>What similarity looks at in one incident (or a draft): its keywords by kind, and its words.</summary>
/// <param name="Key">The incident id, or a name for a draft.</param>
/// <param name="Keywords">Tags, services and factor categories, each as (kind, value), lower-case.</param>
/// <param name="Text">Title, impact, summary and body as plain text.</param>
public sealed record SimilarityDocument(string Key, ImmutableArray<(KeywordKind Kind, string Value)> Keywords, string Text);

/// <summary>The kinds of keyword incidents share.</summary>
public enum KeywordKind
{
    Tag,
    Service,
    Category,
}
