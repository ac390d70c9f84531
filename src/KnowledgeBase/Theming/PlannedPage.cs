namespace KnowledgeBase.Theming;

/// <summary>One page to write: where, with which template, and the view the template reads under <see cref="ModelName"/>.</summary>
public sealed record PlannedPage(string Path, string Template, string Title, string Section, string Description, string ModelName, object Model)
{
    /// <summary>Extra views a template needs besides its main one (a term page also sees its taxonomy).</summary>
    public IReadOnlyDictionary<string, object> Extras { get; init; } = new Dictionary<string, object>();
}
