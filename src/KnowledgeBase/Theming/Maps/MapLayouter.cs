using System.Globalization;

namespace KnowledgeBase.Theming.Maps;

/// <summary>
/// Lays the contribution-factor map out in one <see cref="MapFrame"/>. Boxes keep the author's order in
/// their column. An arrow to a later column runs through the gap between the columns; an arrow to an
/// earlier column (a cycle) runs back across it between other heights, and one within a column loops
/// beside it, so the two arrows of a cycle never share a line. Pure: same input, same drawing.
/// </summary>
public static class MapLayouter
{
    public static MapLayout Layout(MapInput input, MapFrame frame) => frame.Columns ? Wide(input, frame) : Narrow(input, frame);

    private static MapLayout Wide(MapInput input, MapFrame frame)
    {
        var columns = Math.Max(1, input.Columns.Count);
        var boxWidth = (frame.Width - 2 * MapFrame.Margin - (columns - 1) * MapFrame.ColumnGap) / (double)columns;
        var chars = CharsPerLine(boxWidth);
        var headings = new List<(string, double, double)>();
        var boxes = new List<PlacedBox>();
        for (var c = 0; c < input.Columns.Count; c++)
        {
            var x = MapFrame.Margin + c * (boxWidth + MapFrame.ColumnGap);
            headings.Add((input.Columns[c], x, MapFrame.Margin + MapFrame.FontSize));
            double y = MapFrame.Margin + MapFrame.HeadingHeight;
            foreach (var node in input.Nodes.Where(n => n.Column == c))
            {
                var lines = TextWrap.Lines(node.Text, chars, frame.MaxLines);
                var height = BoxHeight(lines.Count);
                boxes.Add(new PlacedBox(node, x, y, boxWidth, height, lines));
                y += height + MapFrame.BoxGap;
            }
        }

        var arrows = Arrows(input, boxes, frame);
        var bottom = boxes.Count == 0 ? MapFrame.HeadingHeight : boxes.Max(b => b.Bottom);
        return new MapLayout(frame.Width, (int)Math.Ceiling(bottom + MapFrame.Margin), headings, boxes, arrows);
    }

    private static MapLayout Narrow(MapInput input, MapFrame frame)
    {
        var x = (double)frame.Lane;
        var boxWidth = frame.Width - 2 * frame.Lane;
        var chars = CharsPerLine(boxWidth);
        var headings = new List<(string, double, double)>();
        var boxes = new List<PlacedBox>();
        double y = MapFrame.Margin;
        for (var c = 0; c < input.Columns.Count; c++)
        {
            headings.Add((input.Columns[c], x, y + MapFrame.FontSize));
            y += MapFrame.HeadingHeight;
            foreach (var node in input.Nodes.Where(n => n.Column == c))
            {
                var lines = TextWrap.Lines(node.Text, chars, frame.MaxLines);
                var height = BoxHeight(lines.Count);
                boxes.Add(new PlacedBox(node, x, y, boxWidth, height, lines));
                y += height + MapFrame.BoxGap;
            }

            y += MapFrame.BoxGap / 2.0;
        }

        var arrows = Arrows(input, boxes, frame);
        return new MapLayout(frame.Width, (int)Math.Ceiling(y), headings, boxes, arrows);
    }

    /// <summary>Which side of a box an arrow leaves or enters by.</summary>
    private enum Side
    {
        Left,
        Right,
    }

    /// <summary>
    /// Every arrow, leaving and entering its boxes on the side its direction asks for. Where several arrows
    /// meet one side of a box they are spread along it (ordered by where their other end is, so they do not
    /// cross there), and loops that run beside the boxes bulge more the farther they go: no two arrows
    /// share a line.
    /// </summary>
    private static List<PlacedArrow> Arrows(MapInput input, List<PlacedBox> boxes, MapFrame frame)
    {
        var routes = input.Edges.Select(e =>
        {
            var (from, to) = (Find(boxes, e.From), Find(boxes, e.To));
            return (From: from, To: to, Route: Route(from, to, frame));
        }).ToList();

        // Each arrow's end gets its own height on the side of the box it attaches to.
        var ends = new Dictionary<(string Key, Side Side), List<(int Edge, bool IsStart, double Other)>>();
        for (var i = 0; i < routes.Count; i++)
        {
            var (from, to, route) = routes[i];
            Add(ends, (from.Node.Key, route.FromSide), (i, true, to.CenterY));
            Add(ends, (to.Node.Key, route.ToSide), (i, false, from.CenterY));
        }

        var heights = new Dictionary<(int Edge, bool IsStart), double>();
        foreach (var ((key, _), list) in ends)
        {
            var box = Find(boxes, key);
            var ordered = list.OrderBy(x => x.Other).ThenBy(x => x.Edge).ThenBy(x => x.IsStart).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                heights[(ordered[k].Edge, ordered[k].IsStart)] = box.Y + box.Height * (k + 1) / (ordered.Count + 1);
            }
        }

        // Loops beside the boxes: the longer one runs outside the shorter.
        var loopRank = routes.Select((r, i) => (r, i)).Where(x => x.r.Route.Loop)
            .GroupBy(x => x.r.Route.FromSide)
            .SelectMany(g => g.OrderBy(x => Math.Abs(x.r.To.CenterY - x.r.From.CenterY)).ThenBy(x => x.i).Select((x, rank) => (x.i, rank)))
            .ToDictionary(x => x.i, x => x.rank);

        var arrows = new List<PlacedArrow>();
        for (var i = 0; i < routes.Count; i++)
        {
            var (from, to, route) = routes[i];
            var x1 = route.FromSide == Side.Right ? from.Right : from.X;
            var x2 = route.ToSide == Side.Right ? to.Right : to.X;
            var (y1, y2) = (heights[(i, true)], heights[(i, false)]);
            string path;
            if (route.Loop)
            {
                var room = frame.Columns ? MapFrame.ColumnGap - 8 : frame.Lane - 4;
                var depth = Math.Min(room, 10 + 5 * loopRank[i]) * (route.FromSide == Side.Left ? -1 : 1);
                path = Path(x1, y1, x1 + depth, y1, x2 + depth, y2, x2, y2);
            }
            else
            {
                var bend = (x2 - x1) / 2;
                path = Path(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2);
            }

            arrows.Add(new PlacedArrow(from.Node.Key, to.Node.Key, path, route.Backward));
        }

        return arrows;
    }

    /// <summary>
    /// Wide: to a later column, out of the right side into the left; to an earlier column, out of the left
    /// into the right (back across the gap); within a column, a loop on the left. Narrow (rows top to
    /// bottom): down the map, a loop in the left lane; up it, a loop in the right lane. Backward is an arrow
    /// against the map's direction: up, or to an earlier column.
    /// </summary>
    private static (Side FromSide, Side ToSide, bool Loop, bool Backward) Route(PlacedBox from, PlacedBox to, MapFrame frame)
    {
        var up = to.Node.Column < from.Node.Column || (to.Node.Column == from.Node.Column && to.Y < from.Y);
        if (!frame.Columns)
        {
            return up ? (Side.Right, Side.Right, true, true) : (Side.Left, Side.Left, true, false);
        }

        if (to.Node.Column > from.Node.Column)
        {
            return (Side.Right, Side.Left, false, false);
        }

        return to.Node.Column < from.Node.Column ? (Side.Left, Side.Right, false, true) : (Side.Left, Side.Left, true, up);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static PlacedBox Find(List<PlacedBox> boxes, string key) => boxes.First(b => b.Node.Key == key);

    private static int CharsPerLine(double boxWidth) => Math.Max(8, (int)((boxWidth - 2 * MapFrame.Padding) / MapFrame.CharWidth));

    private static double BoxHeight(int lines) => 2 * MapFrame.Padding + Math.Max(1, lines) * MapFrame.LineHeight;

    private static string Path(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) =>
        string.Create(CultureInfo.InvariantCulture, $"M{x1:0.#},{y1:0.#} C{c1x:0.#},{c1y:0.#} {c2x:0.#},{c2y:0.#} {x2:0.#},{y2:0.#}");
}
