namespace KnowledgeBase.Analysis;

/// <summary>The four ways the site groups incidents; each has an overview page and a page per term.</summary>
public enum TaxonomyKind
{
    Tags,
    Services,
    Severities,
    Categories,
}

public static class TaxonomyKinds
{
    /// <summary>The folder the kind's pages live in, which is also its name in templates.</summary>
    public static string Folder(this TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Tags => "tags",
        TaxonomyKind.Services => "services",
        TaxonomyKind.Severities => "severities",
        TaxonomyKind.Categories => "categories",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
