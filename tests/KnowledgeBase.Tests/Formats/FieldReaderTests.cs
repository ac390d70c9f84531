using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Formats;

public class FieldReaderTests
{
    private static (YamlMapValue Map, FieldReader Fields, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = (YamlMapValue)new YamlTreeReader().Read(yaml, 2, "a.md", diagnostics)!;
        return (map, new FieldReader("a.md", diagnostics), diagnostics);
    }

    [Theory]
    [InlineData("v: '  padded  '", "padded")]
    [InlineData("v: 42", "42")]
    [InlineData("v: true", "true")]
    [InlineData("v: ''", null)]
    [InlineData("v: ~", null)]
    [InlineData("v:", null)]
    public void Text_is_trimmed_and_empty_means_absent(string yaml, string? text)
    {
        var (map, fields, diagnostics) = Read(yaml);

        Assert.Equal(text, fields.Text(map["v"], "v"));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Text_list_skips_empty_items_and_reports_wrong_items()
    {
        var (map, fields, diagnostics) = Read("v: [a, '', ~, [x], b]");

        Assert.Equal<string>(["a", "b"], fields.TextList(map["v"], "v"));
        Assert.Equal([("KB2002", 2, 15)], diagnostics.Positions());
        Assert.Contains("'v[3]'", diagnostics.One("KB2002").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_value_where_a_list_belongs_is_KB2002_and_read_as_empty()
    {
        var (map, fields, diagnostics) = Read("v: dns");

        Assert.Empty(fields.TextList(map["v"], "v"));
        Assert.Equal([("KB2002", 2, 4)], diagnostics.Positions());
        Assert.Contains("a list", diagnostics.One("KB2002").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_are_remembered_for_fields_and_list_items()
    {
        var (map, fields, _) = Read("v: [a, b]\nw: x");

        fields.TextList(map["v"], "v");
        fields.Text(map["w"], "w");

        var positions = new FieldLocations(fields.Positions, SourcePosition.Start);
        Assert.Equal(new SourcePosition(2, 4), positions["v"]);
        Assert.Equal(new SourcePosition(2, 8), positions["v[1]"]);
        Assert.Equal(new SourcePosition(3, 4), positions["w"]);
        Assert.False(positions.Contains("never-read"));
    }

    [Theory]
    [InlineData("v: 2024-03-12", "2024-03-12", false)]
    [InlineData("v: 2024-03-12T14:05:00Z", "2024-03-12T14:05:00+00:00", true)]
    [InlineData("v: '2024-03-12 14:05+01:00'", "2024-03-12T14:05:00+01:00", true)]
    [InlineData("v: 2024-03-12T14:05:00.250-03:00", "2024-03-12T14:05:00-03:00", true)]
    public void Time_reads_dates_and_date_times(string yaml, string iso, bool hasTime)
    {
        var (map, fields, diagnostics) = Read(yaml);

        var time = fields.Time(map["v"], "v");

        Assert.Equal((iso, hasTime), (time!.Value.Iso, time.Value.HasTime));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Date_keeps_the_calendar_day_written_whatever_the_offset()
    {
        var (map, fields, _) = Read("v: 2024-03-12T23:30:00-05:00");

        Assert.Equal(new DateOnly(2024, 3, 12), fields.Date(map["v"], "v"));
    }

    [Fact]
    public void Wrong_type_message_names_the_field_what_was_expected_and_what_was_found()
    {
        var (map, fields, diagnostics) = Read("v: [1]");

        fields.Time(map["v"], "due");

        var error = diagnostics.One("KB2002");
        Assert.Contains("'due'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a list", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(2, 4), error.Position);
    }
}
