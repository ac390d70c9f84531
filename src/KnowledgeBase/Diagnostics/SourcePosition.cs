namespace KnowledgeBase.Diagnostics;

/// <summary>A 1-based line and column in a source file (counted in the whole file, not in its YAML block).</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Start = new(1, 1);

    public override string ToString() => FormattableString.Invariant($"{Line}:{Column}");
}
