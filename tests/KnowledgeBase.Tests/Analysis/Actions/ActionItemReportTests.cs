using KnowledgeBase.Analysis.Actions;

namespace KnowledgeBase.Tests.Analysis.Actions;

public sealed class ActionItemReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    private static ActionItemReport Report() => ActionItemReport.Build(
    new[]
    {
        Incidents.Make("old", """
            date: 2024-01-01
            action_items:
              - {title: late, owner: sre, due: 2026-01-01, status: open}
              - {title: late but started, owner: sre, due: 2026-11-25, status: in-progress}
              - {title: due today, owner: db, due: 2026-11-26, status: open}
              - {title: finished, owner: db, due: 2025-01-01, status: done, closed: 2024-12-01}
            """),
        Incidents.Make("new", """
            date: 2025-01-01
            action_items:
              - {title: dropped, owner: sre, status: wont-do, closed: 2025-02-01}
              - {title: no due date, owner: sre, status: open}
            """),
    }.Select(i => i.Postmortem), AsOf);

    [Fact]
    public void Counts_each_word_as_of_the_build_date_with_in_progress_and_overdue_inside_open()
    {
        var report = Report();

        Assert.Equal(6, report.Rows.Length);
        Assert.Equal(
            (4, 1, 2, 1, 1),
            (report.Count(ActionWord.Open), report.Count(ActionWord.InProgress), report.Count(ActionWord.Overdue), report.Count(ActionWord.Done), report.Count(ActionWord.WontDo)));
        Assert.Equal(new ActionCounts(Total: 6, Open: 4, InProgress: 1, Overdue: 2, Done: 1, WontDo: 1), report.Counts());
    }

    [Fact]
    public void Open_done_and_wont_do_add_up_to_every_item_and_the_filter_words_count_alike()
    {
        var report = Report();
        var counts = report.Counts();

        Assert.Equal(counts.Total, counts.Open + counts.Done + counts.WontDo);
        Assert.True(counts.InProgress <= counts.Open && counts.Overdue <= counts.Open);
        Assert.Equal(
            [counts.Open, counts.InProgress, counts.Overdue, counts.Done, counts.WontDo],
            ActionItemWords.All.Select(report.Count));
        Assert.Equal(counts, ActionCounts.Of(report.Rows.Select(r => r.Item), AsOf));
    }

    [Fact]
    public void Owners_with_most_open_work_come_first_and_overdue_items_lead_each_group()
    {
        var owners = Report().ByOwner().ToList();

        Assert.Equal(["sre", "db"], owners.Select(g => g.Key));
        Assert.Equal(["late", "late but started", "no due date", "dropped"], owners[0].Rows.Select(r => r.Item.Title));
    }

    [Fact]
    public void Incidents_are_grouped_newest_first()
    {
        Assert.Equal(["new", "old"], Report().ByIncident().Select(g => g.Key));
    }
}
