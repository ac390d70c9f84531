using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Formats;

/// <summary>An archive in another schema, read through kb.yml's <c>fields:</c> without editing its files.</summary>
public class FieldMapTests
{
    /// <summary>The keys of icco/postmortems, as examples/icco/kb.yml maps them.</summary>
    private static readonly FieldMap Icco = new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
    [
        KeyValuePair.Create("date", ImmutableArray.Create("start_time")),
        KeyValuePair.Create("resolved", ImmutableArray.Create("end_time")),
        KeyValuePair.Create("services", ImmutableArray.Create("product")),
        KeyValuePair.Create("tags", ImmutableArray.Create("categories", "keywords")),
    ]));

    private static (Postmortem? Postmortem, DiagnosticBag Diagnostics) Read(string frontMatter, string body = "", FieldMap? map = null)
    {
        var diagnostics = new DiagnosticBag();
        return (new PostmortemReader(fieldMap: map ?? Icco).Read(PostmortemText.Source(frontMatter, body), diagnostics), diagnostics);
    }

    [Fact]
    public void Mapped_keys_fill_our_fields_with_their_types_checked()
    {
        var (p, diagnostics) = Read("""
            title: SimpleDB disruption
            start_time: 2012-06-13T04:16:00Z
            end_time: 2012-06-13T06:16:00Z
            product: SimpleDB
            categories: [cloud]
            keywords: [power loss, lock service]
            """);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(new DateTimeOffset(2012, 6, 13, 4, 16, 0, TimeSpan.Zero), p!.Date!.Value.Value);
        Assert.Equal(new DateTimeOffset(2012, 6, 13, 6, 16, 0, TimeSpan.Zero), p.Resolved!.Value.Value);
        Assert.Equal<string>(["SimpleDB"], p.Services);
        Assert.Equal<string>(["cloud", "power loss", "lock service"], p.Tags);
    }

    [Fact]
    public void Mapped_keys_are_not_also_shown_as_other_fields_but_unmapped_ones_are()
    {
        var (p, _) = Read("title: A\nstart_time: 2020-01-01\ncompany: Amazon\nurl: https://example.org/pm");

        Assert.Equal<string>(["company", "url"], p!.Extra.Keys);
    }

    [Theory]
    [InlineData("product: \"\"")]
    [InlineData("product:")]
    [InlineData("categories: []")]
    public void An_empty_value_in_the_archive_means_not_known(string field)
    {
        var (p, diagnostics) = Read("title: A\n" + field);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Empty(p!.Services);
        Assert.Empty(p.Tags);
    }

    [Fact]
    public void A_wrong_type_is_reported_at_the_archive_key_and_named_as_written()
    {
        var (p, diagnostics) = Read("title: A\nstart_time: sometime in June");

        var finding = diagnostics.One("KB2002");
        Assert.Equal(3, finding.Position.Line);
        Assert.Equal(13, finding.Position.Column);
        Assert.StartsWith("'start_time' (read as 'date') must be a date", finding.Message, StringComparison.Ordinal);
        Assert.Null(p!.Date);
    }

    [Fact]
    public void A_mapped_field_is_read_from_its_sources_only()
    {
        var (p, _) = Read("title: A\ndate: 2001-01-01\nstart_time: 2020-05-05");

        Assert.Equal(new DateOnly(2020, 5, 5), DateOnly.FromDateTime(p!.Date!.Value.Value.Date));
    }

    [Fact]
    public void For_a_single_value_the_first_source_that_has_one_wins()
    {
        var map = new FieldMap(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create("impact", ImmutableArray.Create("customer_impact", "impact_summary"))]));

        var (p, _) = Read("title: A\ncustomer_impact: \"\"\nimpact_summary: Slow pages.", map: map);

        Assert.Equal("Slow pages.", p!.Impact);
    }

    [Fact]
    public void Without_a_map_the_front_matter_is_read_as_written()
    {
        var (p, _) = Read("title: A\nstart_time: 2020-05-05\ntags: [x]", map: FieldMap.None);

        Assert.Null(p!.Date);
        Assert.Equal<string>(["x"], p.Tags);
        Assert.Equal<string>(["start_time"], p.Extra.Keys);
    }
}
