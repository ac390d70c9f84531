namespace KnowledgeBase.Theming.Views;

/// <summary>
/// The main view of a page: a record of what its template prints, and nothing else. A page's cache
/// fingerprint is a digest of this view's values (see <c>Incremental.ViewDigest</c>), so a view holds data
/// only (strings, numbers, lists, views), and nothing the template reads is left out of it.
/// </summary>
public interface IPageView;
