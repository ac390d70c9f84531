namespace KnowledgeBase.Theming.Maps;

/// <summary>
/// An arrow for one influence, as an SVG path. <see cref="Backward"/> is an arrow that does not run the
/// map's way (to an earlier or the same column): it closes a cycle or a loop within a category, and is
/// drawn dashed, on its own route, so a cycle reads as two arrows rather than one line.
/// </summary>
public sealed record PlacedArrow(string From, string To, string Path, bool Backward);
