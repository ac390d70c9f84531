namespace KnowledgeBase.Theming.Maps;

/// <summary>A box where the layout put it, with its text wrapped into lines.</summary>
public sealed record PlacedBox(MapNode Node, double X, double Y, double Width, double Height, IReadOnlyList<string> Lines)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterY => Y + Height / 2;
}
