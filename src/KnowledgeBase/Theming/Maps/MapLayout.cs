namespace KnowledgeBase.Theming.Maps;

/// <summary>Where every box, heading and arrow of one drawing of the map goes, in the drawing's own units.</summary>
public sealed record MapLayout(int Width, int Height, IReadOnlyList<(string Text, double X, double Y)> Headings, IReadOnlyList<PlacedBox> Boxes, IReadOnlyList<PlacedArrow> Arrows)
{
    public PlacedBox Box(string key) => Boxes.First(b => b.Node.Key == key);
}
