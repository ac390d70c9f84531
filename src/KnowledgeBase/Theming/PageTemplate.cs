namespace KnowledgeBase.Theming;

/// <summary>The theme's page templates: each is one file of <c>templates/</c>, and reads its view under one name.</summary>
public enum PageTemplate
{
    Home,
    Incidents,
    Incident,
    Taxonomy,
    Term,
    Actions,
    Metrics,
    Patterns,
    Repeats,
    Search,
    NotFound,
}

public static class PageTemplates
{
    /// <summary>The template's file name in <c>templates/</c>, without <c>.liquid</c>.</summary>
    public static string FileName(this PageTemplate template) => template switch
    {
        PageTemplate.NotFound => "404",
        _ => template.ToString().ToLowerInvariant(),
    };

    /// <summary>The name the template reads its view under.</summary>
    public static string ViewName(this PageTemplate template) => template switch
    {
        PageTemplate.Incidents => "list",
        PageTemplate.NotFound => "home",
        _ => template.ToString().ToLowerInvariant(),
    };
}
