namespace KnowledgeBase.Model;

/// <summary>
/// Where every page of the site lives. Pages link to each other with relative URLs that name the
/// <c>index.html</c> file, so the site works from disk, from a server root and under a sub-path alike.
/// </summary>
public static class SitePaths
{
    /// <summary>The file that marks a folder as a site kb built: replaced whole by the next build, never read as input.</summary>
    public const string SiteMarker = ".kb-site";

    public const string Home = "index.html";
    public const string Incidents = "incidents/index.html";
    public const string IncidentsBySeverity = "incidents/by-severity/index.html";
    public const string NotFound = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string Stylesheet = "assets/style.css";
    public const string Search = "search/index.html";
    public const string Repeats = "repeats/index.html";
    public const string Actions = "actions/index.html";
    public const string ActionsByOwner = "actions/by-owner/index.html";
    public const string Metrics = "metrics/index.html";
    public const string Patterns = "patterns/index.html";
    public const string Feed = "feed.xml";
    public const string IncidentsData = "incidents.json";
    public const string OnThisDay = "on-this-day.json";

    public static string Incident(string id) => $"incidents/{id}/index.html";

    /// <summary>The overview page of a taxonomy (<c>tags</c>, <c>services</c>...).</summary>
    public static string TaxonomyIndex(string taxonomy) => $"{taxonomy}/index.html";

    public static string Term(string taxonomy, string slug) => $"{taxonomy}/{slug}/index.html";

    /// <summary>A file an author linked to from a postmortem, copied beside the pages.</summary>
    public static string Attachment(string relativeSourcePath) => "files/" + relativeSourcePath;

    /// <summary>Percent-encodes each segment of a path for use in a URL (file names may hold spaces).</summary>
    public static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The prefix that leads from <paramref name="page"/> back to the site root ("", "../", "../../").</summary>
    public static string RootFrom(string page)
    {
        var depth = page.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The relative URL from one output file to another.</summary>
    public static string Link(string fromPage, string toPath) => RootFrom(fromPage) + toPath;

    /// <summary>The URL a web server answers for a page: <c>incidents/x/</c> for <c>incidents/x/index.html</c>.</summary>
    public static string Pretty(string path) =>
        path == Home ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
}
