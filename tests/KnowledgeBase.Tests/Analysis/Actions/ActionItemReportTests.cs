using KnowledgeBase.Analysis.Actions;

namespace KnowledgeBase.Tests.Analysis.Actions;

public sealed class ActionItemReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    private static ActionItemReport Report() => ActionItemReport.Build(
    [
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
    ], AsOf);

    [Fact]
    public void Counts_each_status_and_overdue_as_of_the_build_date()
    {
        var report = Report();

        Assert.Equal(6, report.Rows.Length);
        Assert.Equal(
            (3, 1, 2, 1, 1),
            (report.Count("open"), report.Count("in-progress"), report.Count("overdue"), report.Count("done"), report.Count("wont-do")));
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
