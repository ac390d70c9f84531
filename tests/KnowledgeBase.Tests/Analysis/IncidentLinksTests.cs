using KnowledgeBase.Analysis;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis;

public class IncidentLinksTests
{
    private static (string Target, LinkKind Kind)[] LinksOf(string id, params RenderedPostmortem[] incidents) =>
        [.. IncidentLinks.Build(incidents)[id].Select(l => (l.Target.Id, l.Kind))];

    [Fact]
    public void Related_is_shown_on_both_pages_with_its_direction()
    {
        RenderedPostmortem[] incidents = [Incidents.Make("a", "related: [b]"), Incidents.Make("b")];

        Assert.Equal([("b", LinkKind.Related)], LinksOf("a", incidents));
        Assert.Equal([("a", LinkKind.RelatedFrom)], LinksOf("b", incidents));
    }

    [Fact]
    public void Related_written_on_both_sides_is_one_link_each_way()
    {
        RenderedPostmortem[] incidents = [Incidents.Make("a", "related: [b]"), Incidents.Make("b", "related: [a]")];

        Assert.Equal([("b", LinkKind.Related)], LinksOf("a", incidents));
        Assert.Equal([("a", LinkKind.Related)], LinksOf("b", incidents));
    }

    [Fact]
    public void Repeat_of_is_shown_on_both_pages()
    {
        RenderedPostmortem[] incidents = [Incidents.Make("first"), Incidents.Make("again", "repeat_of: first")];

        Assert.Equal([("first", LinkKind.RepeatOf)], LinksOf("again", incidents));
        Assert.Equal([("again", LinkKind.RepeatedBy)], LinksOf("first", incidents));
    }

    [Fact]
    public void Repeat_takes_precedence_over_related_in_both_directions()
    {
        RenderedPostmortem[] incidents = [Incidents.Make("first", "related: [again]"), Incidents.Make("again", "related: [first]\nrepeat_of: first")];

        Assert.Equal([("first", LinkKind.RepeatOf)], LinksOf("again", incidents));
        Assert.Equal([("again", LinkKind.RepeatedBy)], LinksOf("first", incidents));
    }

    [Fact]
    public void Links_to_ids_not_in_the_site_are_dropped()
    {
        RenderedPostmortem[] incidents = [Incidents.Make("a", "related: [draft-only, b]\nrepeat_of: draft-only"), Incidents.Make("b")];

        Assert.Equal([("b", LinkKind.Related)], LinksOf("a", incidents));
        Assert.False(IncidentLinks.Build(incidents).ContainsKey("draft-only"));
    }

    [Fact]
    public void Self_references_are_dropped()
    {
        RenderedPostmortem[] incidents = [Incidents.Make("a", "related: [a]\nrepeat_of: a")];

        Assert.Empty(IncidentLinks.Build(incidents)["a"]);
    }

    [Fact]
    public void Every_incident_has_an_entry_even_without_links()
    {
        var links = IncidentLinks.Build([Incidents.Make("a"), Incidents.Make("b")]);

        Assert.Equal(["a", "b"], links.Keys.Order(StringComparer.Ordinal));
        Assert.All(links.Values, v => Assert.Empty(v));
    }

    [Fact]
    public void Links_are_grouped_by_kind_then_newest_first()
    {
        RenderedPostmortem[] incidents =
        [
            Incidents.Make("hub", "date: 2024-01-01\nrelated: [old, new]\nrepeat_of: origin"),
            Incidents.Make("old", "date: 2020-01-01"),
            Incidents.Make("new", "date: 2023-01-01"),
            Incidents.Make("origin", "date: 2019-01-01"),
            Incidents.Make("fan", "date: 2022-01-01\nrelated: [hub]"),
            Incidents.Make("repeat", "date: 2025-01-01\nrepeat_of: hub"),
        ];

        Assert.Equal(
            [("new", LinkKind.Related), ("old", LinkKind.Related), ("fan", LinkKind.RelatedFrom), ("origin", LinkKind.RepeatOf), ("repeat", LinkKind.RepeatedBy)],
            LinksOf("hub", incidents));
    }

    [Theory]
    [InlineData(LinkKind.Related, "listed as related")]
    [InlineData(LinkKind.RelatedFrom, "lists this incident as related")]
    [InlineData(LinkKind.RepeatOf, "this incident is a repeat of it")]
    [InlineData(LinkKind.RepeatedBy, "a repeat of this incident")]
    public void Each_kind_of_link_explains_itself(LinkKind kind, string reason)
    {
        Assert.Equal(reason, new IncidentLink(Incidents.Make("x"), kind).Reason);
    }
}
