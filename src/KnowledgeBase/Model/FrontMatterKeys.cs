namespace KnowledgeBase.Model;

/// <summary>The postmortem's schema by name: what the front-matter reader maps and kb.yml's <c>fields:</c> may rename.</summary>
public static class FrontMatterKeys
{
    /// <summary>The front-matter fields this tool gives a meaning to; any other key is kept as an extra.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "id", "slug", "date", "severity", "status", "services", "tags", "authors", "detected", "resolved",
        "published", "impact", "summary", "contributing_factors", "action_items", "related", "repeat_of", "blameless_check", "kind",
    };
}
