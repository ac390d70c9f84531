using AngleSharp.Dom;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>The incident page of input/2025-06-19-checkout-pool-exhaustion-repeat.md and its backlink.</summary>
public class IncidentPageTests(InputSiteFixture site) : IClassFixture<InputSiteFixture>
{
    private const string RepeatPage = "incidents/2025-06-19-checkout-pool-exhaustion-repeat/index.html";
    private const string OriginalPage = "incidents/checkout-pool-exhaustion-2023/index.html";

    private IDocument Repeat => site.Page(RepeatPage);

    [Fact]
    public void Heading_is_the_title_and_the_body_repeats_no_h1()
    {
        var page = Repeat;

        Assert.Equal("Checkout outage from connection exhaustion during the summer sale", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.StartsWith("Checkout outage from connection exhaustion during the summer sale · ", page.Title, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("div.body h1"));
        Assert.Equal("Summary", page.QuerySelector("div.body h2")!.TextContent);
    }

    [Fact]
    public void Severity_badge_links_to_the_severity_page()
    {
        var badge = Repeat.QuerySelector("header.incident-header a.badge.sev")!;

        Assert.Equal("../../severities/sev1/index.html", badge.GetAttribute("href"));
        Assert.Contains("Critical", badge.TextContent, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "severities", "sev1", "index.html")));
    }

    [Fact]
    public void Facts_show_start_detection_resolution_and_durations()
    {
        var facts = Repeat.QuerySelectorAll("header dl.facts div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!);

        Assert.Equal("2025-06-19T16:00:00+00:00", facts["Started"].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("after 4 min", facts["Detected"].Text(), StringComparison.Ordinal);
        Assert.Equal("1 h 8 min", facts["Detected to resolved"].Text());
        Assert.Equal(["checkout", "payments-api"], facts["Services"].QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public void Action_item_table_has_one_row_per_item_with_ticket_links_from_kb_yml()
    {
        var rows = Repeat.QuerySelectorAll("section.actions tbody tr");

        Assert.Equal(4, rows.Length);
        Assert.Equal(
        [
            "https://tracker.northwind.example/browse/CHK-1190",
            "https://tracker.northwind.example/browse/SRE-880",
            "https://tracker.northwind.example/browse/DB-601",
            "https://tracker.northwind.example/browse/SRE-884",
        ], rows.Select(r => r.QuerySelector("td:nth-child(3) a")!.GetAttribute("href")));
        Assert.Equal(["CHK-1190", "SRE-880", "DB-601", "SRE-884"], rows.Select(r => r.QuerySelector("td:nth-child(3) a")!.TextContent));
        Assert.Equal("checkout-team", rows[0].QuerySelector("td:nth-child(2)")!.TextContent);
    }

    [Fact]
    public void Only_open_items_due_before_the_build_date_are_marked_overdue()
    {
        // Built on 2026-11-26: DB-601 (in progress, due 2025-12-31) is overdue; SRE-884 (open, due 2027-01-31) is not; the rest are done.
        var overdue = Repeat.QuerySelectorAll("section.actions tbody tr")
            .Where(r => r.QuerySelector(".overdue") is not null)
            .Select(r => r.QuerySelector("td:nth-child(3)")!.TextContent)
            .ToList();

        Assert.Equal(["DB-601"], overdue);
        // Open is the unfinished work; in progress and overdue are parts of it, so 2 open + 2 done = 4.
        Assert.Contains("4 action items: 2 open (of which 1 in progress and 1 overdue), 2 done", Repeat.QuerySelector("section.actions p")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_incidents_point_back_to_the_original_with_a_repeat_reason()
    {
        var items = Repeat.QuerySelectorAll("section.related li");
        var repeatOf = Assert.Single(items, li => li.ClassList.Contains("related-repeat-of"));

        Assert.Equal("../../" + OriginalPage, repeatOf.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Checkout failures after a connection pool size change", repeatOf.QuerySelector("a")!.TextContent);
        Assert.Contains("repeat", repeatOf.QuerySelector(".reason")!.TextContent, StringComparison.OrdinalIgnoreCase);
        var related = Assert.Single(items, li => li.ClassList.Contains("related-related"));
        Assert.Equal("../../incidents/2024-01-17-routing-engine-capacity/index.html", related.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(2, items.Length);
    }

    [Fact]
    public void Original_incident_page_links_to_its_repeat()
    {
        var items = site.Page(OriginalPage).QuerySelectorAll("section.related li");
        var repeatedBy = Assert.Single(items, li => li.ClassList.Contains("related-repeated-by"));

        Assert.Equal("../../" + RepeatPage, repeatedBy.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("A repeat of this incident", repeatedBy.QuerySelector(".reason")!.TextContent);
        Assert.DoesNotContain(items, li => li.ClassList.Contains("related-related-from") && li.QuerySelector("a")!.GetAttribute("href") == "../../" + RepeatPage);
    }

    [Fact]
    public void Factors_are_grouped_by_category_with_links_to_category_and_tag_pages()
    {
        var groups = Repeat.QuerySelectorAll("section.factors h3 a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Equal(
        [
            ("Technical", "../../categories/technical/index.html"),
            ("Process", "../../categories/process/index.html"),
            ("Organizational", "../../categories/organizational/index.html"),
        ], groups);
        Assert.Contains(Repeat.QuerySelectorAll("section.factors a.chip"), a => a.GetAttribute("href") == "../../tags/connection-pool/index.html");
    }
}
