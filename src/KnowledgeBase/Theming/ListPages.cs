using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Theming;

/// <summary>
/// Cuts a list into pages of <c>page_size</c> entries, so no page grows with the archive: page 1 stays at
/// the list's own address (links into the site keep working), page n is at <c>page/n/</c> below it.
/// </summary>
public static class ListPages
{
    /// <summary>Pages linked around the current one, before a gap.</summary>
    private const int Around = 2;

    /// <summary>Page <paramref name="number"/>'s address: <c>tags/dns/index.html</c>, <c>tags/dns/page/2/index.html</c>…</summary>
    public static string PathOf(string firstPath, int number) =>
        number == 1 ? firstPath : $"{firstPath[..^"index.html".Length]}page/{number}/index.html";

    /// <summary>
    /// The pages of a list of <paramref name="total"/> entries: each page's pager and the range of entries
    /// it shows. An empty list has one page, which says so.
    /// </summary>
    public static IReadOnlyList<(PagerView Pager, Range Entries)> Cut(int total, int size, string firstPath)
    {
        var count = Math.Max(1, (total + size - 1) / size);
        return [.. Enumerable.Range(1, count).Select(number =>
        {
            var first = (number - 1) * size;
            var last = Math.Min(total, first + size);
            return (Pager(number, count, first, last, total, firstPath), new Range(first, last));
        })];
    }

    private static PagerView Pager(int number, int count, int first, int last, int total, string firstPath)
    {
        // First, last, and the pages around this one; a gap stands for the pages left out.
        var links = new List<PagerLinkView>();
        for (var n = 1; n <= count; n++)
        {
            if (n == 1 || n == count || Math.Abs(n - number) <= Around)
            {
                links.Add(new PagerLinkView(n.ToString(System.Globalization.CultureInfo.InvariantCulture), PathOf(firstPath, n), n == number));
            }
            else if (links[^1].Path is not null)
            {
                links.Add(new PagerLinkView("…", null, false));
            }
        }

        return new PagerView(number, count, first + 1, last, total,
            number > 1 ? PathOf(firstPath, number - 1) : null,
            number < count ? PathOf(firstPath, number + 1) : null,
            links);
    }
}
