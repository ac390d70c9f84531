namespace KnowledgeBase.Theming.Maps;

/// <summary>One box of the contribution-factor map: a factor, or the incident's impact (always the last column).</summary>
/// <param name="Key">The factor's id (or a stand-in for a factor without one); <see cref="MapInput.ImpactKey"/> for the impact.</param>
/// <param name="Column">The index of its category's column, left to right (top to bottom on a phone).</param>
/// <param name="Text">What the box says, wrapped to its width by the layout.</param>
public sealed record MapNode(string Key, int Column, string Text);
