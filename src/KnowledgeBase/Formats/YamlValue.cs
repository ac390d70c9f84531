using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Formats;

/// <summary>
/// A YAML value with the file position it was written at. Our own small tree (rather than YamlDotNet's
/// representation model) so that every value keeps its position and anchors never reach it.
/// </summary>
public abstract record YamlValue(SourcePosition Position)
{
    /// <summary>What the value is, in the words of an error message ("a list", "a mapping"...).</summary>
    public abstract string Describe();
}

/// <summary>A scalar. <see cref="IsPlain"/> tells an unquoted scalar, where <c>null</c> and <c>~</c> mean nothing.</summary>
public sealed record YamlScalarValue(string Text, bool IsPlain, SourcePosition Position) : YamlValue(Position)
{
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "empty" : $"the text \"{Text}\"";
}

public sealed record YamlListValue(ImmutableArray<YamlValue> Items, SourcePosition Position) : YamlValue(Position)
{
    public override string Describe() => "a list";
}

/// <summary>A mapping; keys are scalars, in the order written, and unique (the reader rejects duplicates).</summary>
public sealed record YamlMapValue(ImmutableArray<YamlMapEntry> Entries, SourcePosition Position) : YamlValue(Position)
{
    public override string Describe() => "a mapping";

    public YamlValue? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}

public sealed record YamlMapEntry(string Key, SourcePosition KeyPosition, YamlValue Value);
