namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// The fields of the search index and how much a match in each counts. A word in the title says more
/// about an incident than the same word deep in its timeline.
/// </summary>
public static class SearchFields
{
    public const string Title = "title";
    public const string Tags = "tags";
    public const string Services = "services";
    public const string Factors = "factors";
    public const string Summary = "summary";
    public const string Body = "body";

    public static IReadOnlyList<LunrField> All { get; } =
    [
        new(Title, 10),
        new(Tags, 5),
        new(Services, 4),
        new(Factors, 2),
        new(Summary, 2),
        new(Body, 1),
    ];
}
