namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Checks the internal links of a written site: every <c>a[href]</c>, <c>link[href]</c>, <c>img[src]</c>,
/// <c>script[src]</c> and search-data address (<c>data-manifest</c>, <c>data-facets</c>) that is not
/// http(s), mailto or a bare #fragment must name a written file, resolved relative to its page.
/// </summary>
public static class SiteLinks
{
    public static IReadOnlyList<string> Broken(string siteRoot)
    {
        var root = Path.GetFullPath(siteRoot);
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Html.Load(file);
            var urls = UrlsOf(page);
            foreach (var url in urls)
            {
                if (!Resolves(root, file, url))
                {
                    broken.Add($"{Path.GetRelativePath(root, file)}: {url}");
                }
            }
        }

        return broken;
    }

    /// <summary>Internal URLs found in the site (for asserting that the check saw something).</summary>
    public static int CountInternal(string siteRoot) =>
        Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories)
            .Select(Html.Load)
            .Sum(p => UrlsOf(p).Count(u => !IsExternal(u)));

    private static IEnumerable<string> UrlsOf(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!))
            .Concat(page.QuerySelectorAll("[data-manifest]").Select(e => e.GetAttribute("data-manifest")!))
            .Concat(page.QuerySelectorAll("[data-facets]").Select(e => e.GetAttribute("data-facets")!));

    private static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith('#');

    private static bool Resolves(string root, string page, string url)
    {
        if (IsExternal(url))
        {
            return true;
        }

        var path = url.Split('#')[0].Split('?')[0];
        if (path.Length == 0 || path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        return target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(target);
    }
}
