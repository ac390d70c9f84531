namespace KnowledgeBase.Theming.Maps;

/// <summary>
/// The two drawings of the map, as the metrics charts have (<see cref="Charts.ChartFrame"/>): wide, with
/// the categories as columns left to right, and narrow, for phones, with the categories as rows top to
/// bottom and every box the full width, so its 12-unit text is shown at 12 px or more on a 360 px screen.
/// </summary>
/// <param name="Lane">On a phone, the margin left and right of the boxes where arrows run.</param>
public sealed record MapFrame(string Name, int Width, bool Columns, int Lane, int MaxLines)
{
    public static readonly MapFrame Wide = new("wide", 720, Columns: true, Lane: 0, MaxLines: 5);

    public static readonly MapFrame Narrow = new("narrow", 320, Columns: false, Lane: 30, MaxLines: 4);

    public const int Margin = 8;

    /// <summary>The gap between two columns of the wide drawing, where forward arrows run.</summary>
    public const int ColumnGap = 44;

    public const int FontSize = 12;

    public const int LineHeight = 15;

    /// <summary>A generous width per character at 12 units, so no line runs out of its box.</summary>
    public const double CharWidth = 6.6;

    public const int Padding = 6;

    public const int BoxGap = 14;

    public const int HeadingHeight = 22;
}
