using KnowledgeBase.Theming;

namespace KnowledgeBase.Tests.Theming;

/// <summary>A long list is cut into pages of page_size entries, each with a pager that links the others.</summary>
public sealed class ListPagesTests
{
    [Fact]
    public void A_list_of_one_page_has_no_pager_and_an_empty_list_one_page()
    {
        Assert.Single(ListPages.Cut(50, 50, "tags/dns/index.html"));
        Assert.Equal(0..0, ListPages.Cut(0, 50, "repeats/index.html").Single().Entries);
        Assert.Equal(50..100, ListPages.Cut(101, 50, "repeats/index.html")[1].Entries);
    }

    [Fact]
    public void The_pager_links_the_first_and_last_pages_and_two_around_the_current_one_with_gaps_between()
    {
        var pager = ListPages.Cut(1000, 50, "incidents/index.html")[9].Pager;

        Assert.Equal(["1", "…", "8", "9", "10", "11", "12", "…", "20"], pager.Links.Select(l => l.Label));
        Assert.Equal("incidents/page/10/index.html", pager.Links.Single(l => l.Current).Path);
        Assert.Equal("incidents/index.html", pager.Links[0].Path);
        Assert.Equal((451, 500), (pager.First, pager.Last));
    }
}
