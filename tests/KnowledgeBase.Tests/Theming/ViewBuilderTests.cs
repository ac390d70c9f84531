using KnowledgeBase.Analysis;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Analysis;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Tests.Theming;

public class ViewBuilderTests
{
    private static ViewBuilder Views(SiteConfig? config = null, params RenderedPostmortem[] incidents) =>
        new(SiteAnalyzer.Analyze(incidents.Rendered(), config ?? SiteConfig.Default, Builds.Clock));

    private static ActionItem Item(string? due, ActionItemStatus status = ActionItemStatus.Open) =>
        new("Do it", "team", "T-1", due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), status, null);

    [Fact]
    public void An_incident_page_lists_three_possible_duplicates_and_counts_the_rest()
    {
        var incidents = Enumerable.Range(1, 13).Select(n => Incidents.Make($"copy-{n:00}", $"date: 2024-01-{n:00}") is var i
            ? i with { Postmortem = i.Postmortem with { Title = "Checkout outage" } } : null!).ToArray();
        var site = SiteAnalyzer.Analyze(incidents.Rendered(), SiteConfig.Default, Builds.Clock);

        var page = new ViewBuilder(site).Incident(site.Incidents.Single(i => i.Id == "copy-13"));

        Assert.Equal(12, site.OnPages["copy-13"].Duplicates.Length);
        Assert.Equal(["copy-12", "copy-11", "copy-10"], page.Duplicates.Select(d => d.Incident.Id));
        Assert.Equal(9, page.MoreDuplicates);
    }

    [Fact]
    public void Build_date_is_the_day_of_the_build_clock()
    {
        Assert.Equal(new DateOnly(2026, 11, 26), Views().AsOf);
    }

    [Theory]
    [InlineData("2026-11-25", ActionItemStatus.Open, true)]
    [InlineData("2026-11-25", ActionItemStatus.InProgress, true)]
    [InlineData("2026-11-26", ActionItemStatus.Open, false)]
    [InlineData("2027-01-01", ActionItemStatus.Open, false)]
    [InlineData("2020-01-01", ActionItemStatus.Done, false)]
    [InlineData("2020-01-01", ActionItemStatus.WontDo, false)]
    [InlineData(null, ActionItemStatus.Open, false)]
    public void Open_item_due_before_the_build_date_is_overdue(string? due, ActionItemStatus status, bool overdue)
    {
        Assert.Equal(overdue, Views().ActionItem(Item(due, status)).Overdue);
    }

    [Theory]
    [InlineData(ActionItemStatus.Open, "open", "Open")]
    [InlineData(ActionItemStatus.InProgress, "in-progress", "In progress")]
    [InlineData(ActionItemStatus.Done, "done", "Done")]
    [InlineData(ActionItemStatus.WontDo, "wont-do", "Won't do")]
    public void Action_item_status_has_an_id_and_a_label(ActionItemStatus status, string id, string label)
    {
        var view = Views().ActionItem(Item(null, status));

        Assert.Equal((id, label), (view.Status, view.StatusLabel));
    }

    [Fact]
    public void Ticket_link_comes_from_the_ticket_url_template()
    {
        var view = Views(SiteConfig.Default with { TicketUrl = "https://t.example/{ticket}" }).ActionItem(Item(null));

        Assert.Equal(("T-1", "https://t.example/T-1"), (view.Ticket, view.TicketUrl));
    }

    [Fact]
    public void Severity_view_links_to_its_term_page()
    {
        var view = Views().Severity("critical");

        Assert.Equal(new SeverityView("sev1", "Critical", 0, "severities/sev1/index.html"), view);
        Assert.Null(Views().Severity("unknown"));
        Assert.Null(Views().Severity(null));
    }

    [Fact]
    public void Term_link_has_the_count_of_its_term()
    {
        var views = Views(null, Incidents.Make("a", "tags: [dns]"), Incidents.Make("b", "tags: [dns]"));

        Assert.Equal(new LinkView("dns", "tags/dns/index.html", 2, ""), views.TermLink(TaxonomyKind.Tags, "dns"));
        Assert.Equal(0, views.TermLink(TaxonomyKind.Tags, "unused").Count);
    }

    [Fact]
    public void Time_to_detect_is_shown_only_when_start_and_detection_have_times()
    {
        var withTimes = Incidents.Make("a", "date: 2024-01-01T10:00:00Z\ndetected: 2024-01-01T10:45:00Z\nresolved: 2024-01-01T13:08:00Z");
        var plainDates = Incidents.Make("b", "date: 2024-01-01\ndetected: 2024-01-01T10:45:00Z");
        var views = Views(null, withTimes, plainDates);

        var a = views.Incident(withTimes);
        Assert.Equal("45 min", a.TimeToDetect);
        Assert.Equal("2 h 23 min", a.Duration);
        Assert.Null(views.Incident(plainDates).TimeToDetect);
    }

    [Fact]
    public void Action_counts_add_up_by_status_and_overdue()
    {
        var incident = Incidents.Make("a", """
            action_items:
              - {title: a, owner: o, status: done}
              - {title: b, owner: o, status: open, due: 2020-01-01}
              - {title: c, owner: o, status: in-progress}
              - {title: d, owner: o, status: wont-do, due: 2020-01-01}
            """);

        var counts = Views(null, incident).Incident(incident).ActionCounts;

        // Open is the unfinished work (b and c); in progress (c) and overdue (b) are parts of it, not beside it.
        Assert.Equal(new ActionCountsView(Total: 4, Open: 2, InProgress: 1, Overdue: 1, Done: 1, WontDo: 1), counts);
        Assert.Equal(counts.Total, counts.Open + counts.Done + counts.WontDo);
    }

    [Fact]
    public void Factor_groups_follow_the_category_order_of_kb_yml()
    {
        var incident = Incidents.Make("a", """
            contributing_factors:
              - {category: organizational, description: o1}
              - {category: technical, description: t1}
              - {category: organizational, description: o2}
            """);

        var groups = Views(null, incident).Incident(incident).FactorGroups;

        Assert.Equal(["Technical", "Organizational"], groups.Select(g => g.Category.Name));
        Assert.Equal(["o1", "o2"], groups[1].Factors.Select(f => f.Description));
        Assert.Equal("categories/technical/index.html", groups[0].Category.Path);
    }

    [Fact]
    public void Status_ids_and_labels_read_as_authors_write_them()
    {
        Assert.Equal("in-review", ViewBuilder.StatusId(PostmortemStatus.InReview));
        Assert.Equal("In review", ViewBuilder.StatusLabel(PostmortemStatus.InReview));
        Assert.Equal("draft", ViewBuilder.StatusId(PostmortemStatus.Draft));
    }
}
