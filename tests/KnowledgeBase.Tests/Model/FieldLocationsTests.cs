using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Model;

public sealed class FieldLocationsTests
{
    private static readonly SourcePosition Fallback = new(1, 1);

    [Fact]
    public void A_field_is_found_where_it_was_written()
    {
        var locations = new FieldLocations([("title", new(2, 8)), ("tags[1]", new(10, 5)), ("action_items[0].owner", new(24, 12))], Fallback);

        Assert.Equal(new SourcePosition(2, 8), locations["title"]);
        Assert.Equal(new SourcePosition(10, 5), locations["tags[1]"]);
        Assert.Equal(new SourcePosition(24, 12), locations["action_items[0].owner"]);
        Assert.True(locations.Contains("tags[1]"));
    }

    [Fact]
    public void When_a_path_was_recorded_twice_the_last_position_wins()
    {
        var locations = new FieldLocations([("severity", new(3, 11)), ("title", new(2, 8)), ("severity", new(5, 11))], Fallback);

        Assert.Equal(new SourcePosition(5, 11), locations["severity"]);
    }

    [Fact]
    public void A_field_that_was_not_written_points_at_the_fallback()
    {
        var locations = new FieldLocations([("title", new(2, 8))], new SourcePosition(1, 1));

        Assert.Equal(new SourcePosition(1, 1), locations["impact"]);
        Assert.False(locations.Contains("impact"));
        Assert.False(locations.Contains("Title"));
        Assert.Equal(SourcePosition.Start, FieldLocations.Empty["title"]);
    }
}
