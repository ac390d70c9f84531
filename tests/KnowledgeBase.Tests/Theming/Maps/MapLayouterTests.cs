using KnowledgeBase.Theming.Maps;

namespace KnowledgeBase.Tests.Theming.Maps;

/// <summary>The map's layout on small hand-made sets, worked out from <see cref="MapFrame"/>'s sizes.</summary>
public class MapLayouterTests
{
    // Columns: organizational, process, technical, impact. o influences p, p influences t1 and t2 (within the
    // next column), t1 influences the impact and t2 influences t1 (within its column); lonely influences nothing.
    private static readonly MapInput Chain = new(
        ["Organizational", "Process", "Technical", "Impact"],
        [
            new MapNode("o", 0, "Ownership of the pool settings was unclear."),
            new MapNode("p", 1, "Pool sizes were reviewed as ordinary configuration."),
            new MapNode("t1", 2, "Pool size per pod, no global budget."),
            new MapNode("t2", 2, "Two services shared one primary."),
            new MapNode("lonely", 2, "A factor without influences."),
            new MapNode(MapInput.ImpactKey, 3, "Impact: checkout failed."),
        ],
        [("o", "p"), ("p", "t1"), ("p", "t2"), ("t1", MapInput.ImpactKey), ("t2", "t1")]);

    [Fact]
    public void Wide_columns_run_left_to_right_and_boxes_keep_the_author_s_order_down_their_column()
    {
        var layout = MapLayouter.Layout(Chain, MapFrame.Wide);

        // Four columns in 720 units: margins of 8 and three gaps of 44 leave (720 - 16 - 132) / 4 = 143 per box.
        Assert.Equal([8, 195, 382, 569], layout.Headings.Select(h => Math.Round(h.X)));
        Assert.Equal(["Organizational", "Process", "Technical", "Impact"], layout.Headings.Select(h => h.Text));
        Assert.All(layout.Boxes, b => Assert.Equal(143, b.Width));
        var technical = layout.Boxes.Where(b => b.Node.Column == 2).ToList();
        Assert.Equal(["t1", "t2", "lonely"], technical.Select(b => b.Node.Key));
        Assert.True(technical[0].Bottom + MapFrame.BoxGap <= technical[1].Y);
        Assert.True(technical[1].Bottom + MapFrame.BoxGap <= technical[2].Y);
        Assert.True(layout.Height >= technical[2].Bottom);
        Assert.Equal(720, layout.Width);
    }

    [Fact]
    public void Text_wraps_to_the_box_and_is_cut_off_with_an_ellipsis()
    {
        var layout = MapLayouter.Layout(Chain, MapFrame.Wide);

        // (143 - 12) / 6.6 = 19 characters a line.
        Assert.Equal(["Pool sizes were", "reviewed as", "ordinary", "configuration."], layout.Box("p").Lines);
        Assert.Equal(2 * MapFrame.Padding + 4 * MapFrame.LineHeight, layout.Box("p").Height);
        Assert.Equal(["abc def", "ghi jkl…"], TextWrap.Lines("abc def ghi jkl mno", 8, 2));
    }

    [Fact]
    public void Forward_arrows_run_from_the_right_side_into_the_left_side_of_a_later_column()
    {
        var layout = MapLayouter.Layout(Chain, MapFrame.Wide);
        var arrow = layout.Arrows.Single(a => (a.From, a.To) == ("o", "p"));

        Assert.False(arrow.Backward);
        Assert.StartsWith("M151,", arrow.Path, StringComparison.Ordinal);
        Assert.EndsWith(" 195," + Y(layout.Box("p")), arrow.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrows_meeting_one_side_of_a_box_are_spread_along_it()
    {
        var layout = MapLayouter.Layout(Chain, MapFrame.Wide);
        var fromP = layout.Arrows.Where(a => a.From == "p").Select(a => a.Path.Split(' ')[0]).ToList();

        // p's right side holds two starts: at one third and two thirds of its height.
        Assert.Equal(2, fromP.Distinct().Count());
    }

    [Fact]
    public void An_arrow_within_a_column_loops_beside_it_and_one_up_the_column_is_dashed()
    {
        var layout = MapLayouter.Layout(Chain, MapFrame.Wide);
        var up = layout.Arrows.Single(a => (a.From, a.To) == ("t2", "t1"));

        // Both ends on the left side (x 382), bulging into the gap on the left.
        Assert.True(up.Backward);
        Assert.StartsWith("M382,", up.Path, StringComparison.Ordinal);
        Assert.Contains(" 382,", up.Path.Split(' ')[^1].Insert(0, " "), StringComparison.Ordinal);
        Assert.Contains("C372,", up.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_is_two_arrows_one_forward_and_one_backward_on_separate_lines()
    {
        var cycle = new MapInput(
            ["Process", "Technical"],
            [new MapNode("a", 0, "Retries."), new MapNode("b", 1, "Slow provider.")],
            [("a", "b"), ("b", "a")]);

        var layout = MapLayouter.Layout(cycle, MapFrame.Wide);

        var forward = layout.Arrows.Single(a => a.From == "a");
        var back = layout.Arrows.Single(a => a.From == "b");
        Assert.False(forward.Backward);
        Assert.True(back.Backward);
        // a's right side holds the start of one and the end of the other, at different heights.
        var (a, b) = (layout.Box("a"), layout.Box("b"));
        Assert.StartsWith($"M{a.Right:0.#},", forward.Path, StringComparison.Ordinal);
        Assert.StartsWith($"M{b.X:0.#},", back.Path, StringComparison.Ordinal);
        Assert.NotEqual(forward.Path.Split(' ')[0][1..].Split(',')[1], back.Path.Split(' ')[^1].Split(',')[1]);
    }

    [Fact]
    public void A_factor_without_influences_is_a_box_with_no_arrow()
    {
        var layout = MapLayouter.Layout(Chain, MapFrame.Wide);

        Assert.Contains(layout.Boxes, b => b.Node.Key == "lonely");
        Assert.DoesNotContain(layout.Arrows, a => a.From == "lonely" || a.To == "lonely");
        Assert.Equal(5, layout.Arrows.Count);
    }

    [Fact]
    public void Narrow_stacks_the_columns_as_rows_with_full_width_boxes_and_arrows_in_the_lanes()
    {
        var layout = MapLayouter.Layout(Chain, MapFrame.Narrow);

        Assert.Equal(320, layout.Width);
        Assert.All(layout.Boxes, b => Assert.Equal((30, 260), (b.X, b.Width)));
        // Rows top to bottom, in column order, each below the one before.
        var tops = layout.Boxes.Select(b => b.Y).ToList();
        Assert.Equal(tops.Order(), tops);
        Assert.Equal(layout.Headings.Select(h => h.Y).Order(), layout.Headings.Select(h => h.Y));
        // Down the map: the left lane (x 30); up it (t2 to t1): the right lane (x 290), dashed.
        Assert.All(layout.Arrows.Where(a => !a.Backward), a => Assert.StartsWith("M30,", a.Path, StringComparison.Ordinal));
        var up = Assert.Single(layout.Arrows, a => a.Backward);
        Assert.Equal(("t2", "t1"), (up.From, up.To));
        Assert.StartsWith("M290,", up.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_drawing()
    {
        Assert.Equal(FactorMapSvg.Draw(Chain, "m", "T", "D"), FactorMapSvg.Draw(Chain, "m", "T", "D"));
    }

    private static string Y(PlacedBox box) => (box.Y + box.Height / 2).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
