using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.FrontMatter;

public class PostmortemReaderTests
{
    private const string FullFrontMatter = """
        title: Checkout failures after a pool change
        id: checkout-pool
        date: 2023-11-02T14:05:00Z
        severity: sev2
        status: in-review
        services: [checkout, payments-api]
        tags:
          - database
          - connection-pool
        authors: [Priya, Sam]
        detected: 2023-11-02T14:17:00+01:00
        resolved: 2023-11-02T15:52:00Z
        published: 2023-11-10
        impact: 31% of checkouts failed.
        summary: Pool size times replicas exceeded the limit.
        contributing_factors:
          - category: technical
            description: Pool size was not checked.
            tags: [connection-pool]
          - A bare sentence.
        action_items:
          - title: Alert on connection usage
            owner: database-team
            ticket: DB-310
            due: 2023-11-30
            status: done
            closed: 2023-11-21
          - title: Fail CI on pool budget
        related: [payments-timeouts]
        repeat_of: older-incident
        """;

    private static (Postmortem? Postmortem, DiagnosticBag Diagnostics) TryRead(string frontMatter, string body = "", string path = "incident.md")
    {
        var diagnostics = new DiagnosticBag();
        return (new PostmortemReader().Read(PostmortemText.Source(frontMatter, body, path), diagnostics), diagnostics);
    }

    [Fact]
    public void Every_known_field_is_read_into_its_typed_property()
    {
        var p = PostmortemText.Read(FullFrontMatter, "## Summary\n\nBody.\n");

        Assert.Equal("checkout-pool", p.Id);
        Assert.Equal("incident.md", p.SourcePath);
        Assert.Equal("Checkout failures after a pool change", p.Title);
        Assert.Equal(new IncidentTime(new DateTimeOffset(2023, 11, 2, 14, 5, 0, TimeSpan.Zero), HasTime: true), p.Date);
        Assert.Equal("sev2", p.Severity);
        Assert.Equal(PostmortemStatus.InReview, p.Status);
        Assert.Equal<string>(["checkout", "payments-api"], p.Services);
        Assert.Equal<string>(["database", "connection-pool"], p.Tags);
        Assert.Equal<string>(["Priya", "Sam"], p.Authors);
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 14, 17, 0, TimeSpan.FromHours(1)), p.Detected!.Value.Value);
        Assert.Equal(TimeSpan.FromHours(1), p.Detected!.Value.Value.Offset);
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 15, 52, 0, TimeSpan.Zero), p.Resolved!.Value.Value);
        Assert.Equal(new DateOnly(2023, 11, 10), p.Published);
        Assert.Equal("31% of checkouts failed.", p.Impact);
        Assert.Equal("Pool size times replicas exceeded the limit.", p.Summary);
        Assert.Equal(
            [new ContributingFactor("technical", "Pool size was not checked.", ["connection-pool"]), new ContributingFactor("", "A bare sentence.", [])],
            p.ContributingFactors, ContributingFactorComparer.Instance);
        Assert.Equal(2, p.ActionItems.Length);
        Assert.Equal(new ActionItem("Alert on connection usage", "database-team", "DB-310", new DateOnly(2023, 11, 30), ActionItemStatus.Done, new DateOnly(2023, 11, 21)), p.ActionItems[0]);
        Assert.Equal(new ActionItem("Fail CI on pool budget", null, null, null, ActionItemStatus.Open, null), p.ActionItems[1]);
        Assert.Equal<string>(["payments-timeouts"], p.Related);
        Assert.Equal("older-incident", p.RepeatOf);
        Assert.Empty(p.Extra);
        Assert.Equal("## Summary\n\nBody.\n", p.Body);
        Assert.Equal(33, p.BodyLine);
        Assert.Equal(TimeSpan.FromMinutes(155), p.TimeToResolve);
    }

    [Fact]
    public void Locations_point_at_each_value_in_the_file()
    {
        var p = PostmortemText.Read(FullFrontMatter);

        Assert.Equal(new SourcePosition(2, 8), p.Locations["title"]);
        Assert.Equal(new SourcePosition(5, 11), p.Locations["severity"]);
        Assert.Equal(new SourcePosition(10, 5), p.Locations["tags[1]"]);
        Assert.Equal(new SourcePosition(23, 5), p.Locations["action_items[0]"]);
        Assert.Equal(new SourcePosition(24, 12), p.Locations["action_items[0].owner"]);
        Assert.Equal(new SourcePosition(30, 11), p.Locations["related[0]"]);
        Assert.False(p.Locations.Contains("not_written"));
        Assert.Equal(SourcePosition.Start, p.Locations["not_written"]);
    }

    [Fact]
    public void Plain_date_has_no_time_of_day()
    {
        var p = PostmortemText.Read("title: A\ndate: 2024-03-12");

        Assert.Equal(new IncidentTime(new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), HasTime: false), p.Date);
        Assert.Equal("2024-03-12", p.Date!.Value.Iso);
        Assert.Equal("12 Mar 2024", p.Date!.Value.Display);
    }

    [Theory]
    [InlineData("2024-03-12T14:05:00+02:00", "2024-03-12T14:05:00+02:00", "12 Mar 2024 14:05 UTC+02:00")]
    [InlineData("2024-03-12T14:05:00Z", "2024-03-12T14:05:00+00:00", "12 Mar 2024 14:05 UTC")]
    [InlineData("2024-03-12T14:05Z", "2024-03-12T14:05:00+00:00", "12 Mar 2024 14:05 UTC")]
    [InlineData("2024-03-12 14:05:00 -05:00", "2024-03-12T14:05:00-05:00", "12 Mar 2024 14:05 UTC-05:00")]
    [InlineData("2024-03-12T14:05:00", "2024-03-12T14:05:00+00:00", "12 Mar 2024 14:05 UTC")]
    public void Date_time_keeps_its_offset_and_a_missing_offset_means_UTC(string written, string iso, string display)
    {
        var p = PostmortemText.Read($"title: A\ndate: {written}");

        Assert.True(p.Date!.Value.HasTime);
        Assert.Equal(iso, p.Date!.Value.Iso);
        Assert.Equal(display, p.Date!.Value.Display);
    }

    [Theory]
    [InlineData("date: \"not a date\"", 3, 7)]
    [InlineData("date: 2024-02-30", 3, 7)]
    [InlineData("date: 12/03/2024", 3, 7)]
    [InlineData("date: [2024-01-01]", 3, 7)]
    [InlineData("tags: 42", 3, 7)]
    [InlineData("tags: dns", 3, 7)]
    [InlineData("tags: {a: b}", 3, 7)]
    [InlineData("tags: [a, [b]]", 3, 11)]
    [InlineData("tags:\n  - a\n  - {b: c}", 5, 5)]
    [InlineData("severity: [sev1]", 3, 11)]
    [InlineData("impact:\n  users: many", 4, 3)]
    [InlineData("contributing_factors: text", 3, 23)]
    [InlineData("action_items: [just a title]", 3, 16)]
    [InlineData("action_items:\n  - title: A\n    due: soon", 5, 10)]
    [InlineData("published: 2024-13-01", 3, 12)]
    [InlineData("repeat_of: [a, b]", 3, 12)]
    public void Value_of_the_wrong_type_is_KB2002_at_the_value(string field, int line, int column)
    {
        var (postmortem, diagnostics) = TryRead("title: A\n" + field);

        Assert.NotNull(postmortem);
        Assert.Equal([("KB2002", line, column)], diagnostics.Positions());
    }

    [Fact]
    public void Wrong_typed_values_are_read_as_absent_and_the_other_values_are_kept()
    {
        var (p, diagnostics) = TryRead("title: A\ndate: \"not a date\"\ntags: [a, [b], c]\nseverity: sev1");

        Assert.NotNull(p);
        Assert.Null(p.Date);
        Assert.Equal<string>(["a", "c"], p.Tags);
        Assert.Equal("sev1", p.Severity);
        Assert.Equal(["KB2002", "KB2002"], diagnostics.Codes());
    }

    [Fact]
    public void Numbers_and_booleans_are_read_as_their_text()
    {
        var p = PostmortemText.Read("title: 2024\ntags: [42, true]\nimpact: 3.5");

        Assert.Equal("2024", p.Title);
        Assert.Equal<string>(["42", "true"], p.Tags);
        Assert.Equal("3.5", p.Impact);
    }

    [Fact]
    public void Missing_title_is_a_KB2001_warning_at_the_start_and_the_file_name_stands_in()
    {
        var (p, diagnostics) = TryRead("date: 2024-01-01", path: "notes/db-outage.md");

        Assert.NotNull(p);
        Assert.Equal([("KB2001", 1, 1)], diagnostics.Positions());
        Assert.False(diagnostics.One("KB2001").IsError);
        Assert.Equal("db-outage", p.Title);
    }

    [Fact]
    public void Missing_title_is_taken_from_the_body_first_heading_when_there_is_one()
    {
        var (p, diagnostics) = TryRead("date: 2024-01-01", body: "Intro.\n\n# Crates.io downloads broken\n\nText.\n", path: "0afb9162.md");

        Assert.Equal("Crates.io downloads broken", p!.Title);
        Assert.Contains("\"Crates.io downloads broken\", after the first heading", diagnostics.One("KB2001").Message, StringComparison.Ordinal);
        Assert.False(diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("title: \"\"")]
    [InlineData("title: \"   \"")]
    [InlineData("title:")]
    public void Empty_title_is_KB2001_at_the_value(string field)
    {
        var (_, diagnostics) = TryRead("date: 2024-01-01\n" + field);

        Assert.Equal(["KB2001"], diagnostics.Codes());
        Assert.Equal(3, diagnostics.One("KB2001").Position.Line);
    }

    [Theory]
    [InlineData("Checkout_Pool", "checkout-pool")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("a--b", "a-b")]
    [InlineData("Two Words", "two-words")]
    public void Invalid_explicit_id_is_KB2003_with_a_suggestion_that_is_then_used(string id, string suggestion)
    {
        var (p, diagnostics) = TryRead($"title: A\nid: \"{id}\"");

        Assert.NotNull(p);
        Assert.Equal([("KB2003", 3, 5)], diagnostics.Positions());
        Assert.Contains(suggestion, diagnostics.One("KB2003").Message, StringComparison.Ordinal);
        Assert.Equal(suggestion, p.Id);
    }

    [Fact]
    public void Invalid_slug_is_KB2003_at_the_slug_value()
    {
        var (_, diagnostics) = TryRead("title: A\nslug: Bad Slug");

        Assert.Equal([("KB2003", 3, 7)], diagnostics.Positions());
        Assert.Contains("slug", diagnostics.One("KB2003").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slug_is_the_id_when_there_is_no_id()
    {
        var p = PostmortemText.Read("title: A\nslug: from-slug", path: "file-name.md");

        Assert.Equal("from-slug", p.Id);
    }

    [Fact]
    public void Id_wins_over_slug()
    {
        var p = PostmortemText.Read("title: A\nslug: from-slug\nid: from-id", path: "file-name.md");

        Assert.Equal("from-id", p.Id);
    }

    [Theory]
    [InlineData("2024-03-12-db-outage.md", "2024-03-12-db-outage")]
    [InlineData("2024/Big Outage!.md", "big-outage")]
    [InlineData("notes/Deja Vu (again).md", "deja-vu-again")]
    [InlineData("UPPER_case.md", "upper-case")]
    public void Without_id_or_slug_the_id_is_the_slugified_file_name(string path, string id)
    {
        var p = PostmortemText.Read("title: A", path: path);

        Assert.Equal(id, p.Id);
    }

    [Theory]
    [InlineData("", PostmortemStatus.Published)]
    [InlineData("status: published", PostmortemStatus.Published)]
    [InlineData("status: Published", PostmortemStatus.Published)]
    [InlineData("status: in-review", PostmortemStatus.InReview)]
    [InlineData("status: In Review", PostmortemStatus.InReview)]
    [InlineData("status: in_review", PostmortemStatus.InReview)]
    [InlineData("status: review", PostmortemStatus.InReview)]
    [InlineData("status: draft", PostmortemStatus.Draft)]
    [InlineData("status: DRAFT", PostmortemStatus.Draft)]
    public void Status_accepts_the_documented_spellings(string field, PostmortemStatus status)
    {
        var p = PostmortemText.Read("title: A\n" + field);

        Assert.Equal(status, p.Status);
    }

    [Fact]
    public void Unknown_status_is_KB2006_at_the_value()
    {
        var (p, diagnostics) = TryRead("title: A\nstatus: finished");

        Assert.Equal([("KB2006", 3, 9)], diagnostics.Positions());
        Assert.Contains("finished", diagnostics.One("KB2006").Message, StringComparison.Ordinal);
        Assert.Equal(PostmortemStatus.Published, p!.Status);
    }

    [Theory]
    [InlineData("open", ActionItemStatus.Open)]
    [InlineData("todo", ActionItemStatus.Open)]
    [InlineData("in-progress", ActionItemStatus.InProgress)]
    [InlineData("In Progress", ActionItemStatus.InProgress)]
    [InlineData("in_progress", ActionItemStatus.InProgress)]
    [InlineData("doing", ActionItemStatus.InProgress)]
    [InlineData("done", ActionItemStatus.Done)]
    [InlineData("Closed", ActionItemStatus.Done)]
    [InlineData("wont-do", ActionItemStatus.WontDo)]
    [InlineData("won't do", ActionItemStatus.WontDo)]
    [InlineData("wontfix", ActionItemStatus.WontDo)]
    public void Action_item_status_accepts_the_documented_spellings(string status, ActionItemStatus expected)
    {
        var p = PostmortemText.Read($"title: A\naction_items:\n  - title: T\n    owner: o\n    status: \"{status}\"");

        Assert.Equal(expected, Assert.Single(p.ActionItems).Status);
    }

    [Fact]
    public void Unknown_action_item_status_is_KB2006_at_the_value()
    {
        var (p, diagnostics) = TryRead("title: A\naction_items:\n  - title: T\n    status: blocked");

        Assert.Equal([("KB2006", 5, 13)], diagnostics.Positions());
        Assert.Equal(ActionItemStatus.Open, Assert.Single(p!.ActionItems).Status);
    }

    [Fact]
    public void Unknown_keys_are_kept_in_Extra_with_nested_lists_and_maps()
    {
        var p = PostmortemText.Read("""
            title: A
            company: Acme
            source_url: https://example.org/pm
            links: [one, {label: two, url: "https://x.example"}, ~]
            meta:
              zeta: 1
              alpha: [2, 3]
              empty:
            """);

        Assert.Equal<string>(["company", "links", "meta", "source_url"], p.Extra.Keys);
        Assert.Equal("Acme", p.Extra["company"]);
        Assert.Equal("https://example.org/pm", p.Extra["source_url"]);
        var links = Assert.IsType<ImmutableArray<object>>(p.Extra["links"]);
        Assert.Equal(2, links.Length);
        Assert.Equal("one", links[0]);
        var second = Assert.IsType<ImmutableSortedDictionary<string, object>>(links[1]);
        Assert.Equal("two", second["label"]);
        var meta = Assert.IsType<ImmutableSortedDictionary<string, object>>(p.Extra["meta"]);
        Assert.Equal<string>(["alpha", "zeta"], meta.Keys);
        Assert.Equal<string>(["2", "3"], Assert.IsType<ImmutableArray<object>>(meta["alpha"]).Cast<string>());
    }

    [Fact]
    public void Contributing_factor_without_description_is_KB2011_at_the_factor()
    {
        var (p, diagnostics) = TryRead("title: A\ncontributing_factors:\n  - category: technical\n  - category: process\n    description: ok");

        Assert.Equal([("KB2011", 4, 5)], diagnostics.Positions());
        Assert.Equal("ok", Assert.Single(p!.ContributingFactors).Description);
    }

    [Fact]
    public void Action_item_without_title_is_KB2011_at_the_item()
    {
        var (p, diagnostics) = TryRead("title: A\naction_items:\n  - owner: team\n    due: 2024-01-01");

        Assert.Equal([("KB2011", 4, 5)], diagnostics.Positions());
        Assert.Empty(p!.ActionItems);
    }

    [Theory]
    [InlineData("- a\n- b", 2, 1)]
    [InlineData("just text", 2, 1)]
    public void Front_matter_that_is_not_a_mapping_is_KB1006(string yaml, int line, int column)
    {
        var (p, diagnostics) = TryRead(yaml);

        Assert.Null(p);
        Assert.Equal([("KB1006", line, column)], diagnostics.Positions());
    }

    [Fact]
    public void Yaml_errors_stop_the_file_with_the_file_position()
    {
        var (p, diagnostics) = TryRead("title: A\ntitle: B");

        Assert.Null(p);
        Assert.Equal([("KB1004", 3, 1)], diagnostics.Positions());
    }

    [Fact]
    public void File_without_front_matter_is_KB1001()
    {
        var diagnostics = new DiagnosticBag();

        var p = new PostmortemReader().Read(new SourceFile("a.md", "/x/a.md", "# Title\n"), diagnostics);

        Assert.Null(p);
        Assert.Equal([("KB1001", 1, 1)], diagnostics.Positions());
    }

    [Fact]
    public void Nesting_limit_is_the_one_given_to_the_reader()
    {
        var diagnostics = new DiagnosticBag();

        var p = new PostmortemReader(maxYamlDepth: 2).Read(PostmortemText.Source("title: A\ntags: [a]"), diagnostics);

        Assert.Null(p);
        Assert.Equal([("KB1007", 3, 8)], diagnostics.Positions());
    }

    private sealed class ContributingFactorComparer : IEqualityComparer<ContributingFactor>
    {
        public static readonly ContributingFactorComparer Instance = new();

        public bool Equals(ContributingFactor? x, ContributingFactor? y) =>
            x is not null && y is not null && x.Category == y.Category && x.Description == y.Description && x.Tags.SequenceEqual(y.Tags);

        public int GetHashCode(ContributingFactor obj) => HashCode.Combine(obj.Category, obj.Description);
    }
}
