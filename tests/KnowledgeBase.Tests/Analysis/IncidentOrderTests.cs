using KnowledgeBase.Analysis;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis;

public class IncidentOrderTests
{
    private static string[] NewestFirst(params RenderedPostmortem[] incidents) =>
        incidents.OrderBy(i => i.Postmortem, IncidentOrder.NewestFirst).Ids();

    [Fact]
    public void Newest_incident_comes_first()
    {
        var order = NewestFirst(
            Incidents.Make("old", "date: 2023-01-01"),
            Incidents.Make("new", "date: 2025-01-01"),
            Incidents.Make("mid", "date: 2024-06-01"));

        Assert.Equal(["new", "mid", "old"], order);
    }

    [Fact]
    public void Undated_incidents_come_last_in_id_order()
    {
        var order = NewestFirst(
            Incidents.Make("undated-b"),
            Incidents.Make("dated", "date: 2001-01-01"),
            Incidents.Make("undated-a"));

        Assert.Equal(["dated", "undated-a", "undated-b"], order);
    }

    [Fact]
    public void Incidents_on_the_same_instant_are_ordered_by_id()
    {
        var order = NewestFirst(
            Incidents.Make("zeta", "date: 2024-01-01"),
            Incidents.Make("alpha", "date: 2024-01-01"),
            Incidents.Make("beta", "date: 2024-01-01T02:00:00+02:00"));

        Assert.Equal(["alpha", "beta", "zeta"], order);
    }

    [Fact]
    public void Times_compare_as_instants_across_offsets()
    {
        // 09:00+02:00 is 07:00 UTC, earlier than 08:00 UTC.
        var order = NewestFirst(
            Incidents.Make("a", "date: 2024-01-01T09:00:00+02:00"),
            Incidents.Make("b", "date: 2024-01-01T08:00:00Z"));

        Assert.Equal(["b", "a"], order);
    }

    [Fact]
    public void Order_does_not_depend_on_the_input_order()
    {
        RenderedPostmortem[] incidents =
        [
            Incidents.Make("c", "date: 2024-01-01"), Incidents.Make("a"), Incidents.Make("b", "date: 2024-01-01"),
            Incidents.Make("d", "date: 2020-05-05"), Incidents.Make("e"),
        ];

        Assert.Equal(NewestFirst(incidents), NewestFirst([.. incidents.Reverse()]));
    }

    [Fact]
    public void By_severity_puts_the_most_severe_first_then_the_newest()
    {
        var config = SiteConfig.Default;
        int Rank(string? id) => id is not null && config.FindSeverity(id) is { } level ? level.Rank : int.MaxValue;

        var order = new[]
        {
            Incidents.Make("sev3-new", "severity: sev3\ndate: 2025-01-01"),
            Incidents.Make("unclassified", "date: 2026-01-01"),
            Incidents.Make("sev1-old", "severity: critical\ndate: 2020-01-01"),
            Incidents.Make("sev1-new", "severity: sev1\ndate: 2024-01-01"),
            Incidents.Make("sev3-old", "severity: sev3\ndate: 2021-01-01"),
        }.OrderBy(i => i.Postmortem, IncidentOrder.BySeverity(Rank)).Ids();

        Assert.Equal(["sev1-new", "sev1-old", "sev3-new", "sev3-old", "unclassified"], order);
    }
}
