namespace KnowledgeBase.Theming.Views;

/// <summary>
/// The main view of a page: a record of what its template prints, and nothing else. A page's cache
/// fingerprint is this view serialized, so a view holds data only (strings, numbers, lists, views).
/// </summary>
public interface IPageView;
