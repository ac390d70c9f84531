using System.Collections.Immutable;
using System.Globalization;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Formats;

/// <summary>
/// Reads typed values out of YAML nodes. A value of the wrong type is reported (KB2002) at its own
/// position and read as absent, so one bad field never hides the findings about the others.
/// Records where every value was written, for later stages' diagnostics.
/// </summary>
/// <param name="names">When the front-matter was read through kb.yml's <c>fields:</c>, names fields as the file wrote them.</param>
internal sealed class FieldReader(string path, DiagnosticBag diagnostics, FieldMap? names = null)
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss K", "yyyy-MM-dd HH:mm:ss.FFFFFFF K",
    ];

    /// <summary>Every position recorded, in order; the last one recorded for a path wins.</summary>
    private readonly List<(string Field, SourcePosition Position)> _positions = [];

    public string Path => path;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>Every position recorded, in order (the last one for a path is where its value is).</summary>
    public IReadOnlyList<(string Field, SourcePosition Position)> Positions => _positions;

    public void Remember(string field, YamlValue? value)
    {
        if (value is not null)
        {
            _positions.Add((field, value.Position));
        }
    }

    /// <summary>Text, trimmed; null when absent or empty. Numbers and booleans are read as their text.</summary>
    public string? Text(YamlValue? value, string field)
    {
        // An empty value counts as not written at all: "date:" leaves the incident undated, like no date line.
        if (value is not YamlScalarValue { IsNull: true })
        {
            Remember(field, value);
        }

        switch (value)
        {
            case null:
                return null;
            case YamlScalarValue scalar when scalar.IsNull:
                return null;
            case YamlScalarValue scalar:
                var text = scalar.Text.Trim();
                return text.Length == 0 ? null : text;
            default:
                WrongType(value, field, "text");
                return null;
        }
    }

    /// <summary>A list of texts. A single value where a list belongs is an error, as the author may have meant either.</summary>
    public ImmutableArray<string> TextList(YamlValue? value, string field)
    {
        var items = List(value, field, (item, itemField) => Text(item, itemField));
        // No list and an empty one are the same value, so records holding either compare equal.
        return items.IsEmpty ? ImmutableArray<string>.Empty : [.. items.Where(t => t is not null).Select(t => t!)];
    }

    public ImmutableArray<T> List<T>(YamlValue? value, string field, Func<YamlValue, string, T?> readItem)
    {
        Remember(field, value);
        switch (value)
        {
            case null:
            case YamlScalarValue { IsNull: true }:
                return [];
            case YamlListValue list:
                var builder = ImmutableArray.CreateBuilder<T>(list.Items.Length);
                for (var i = 0; i < list.Items.Length; i++)
                {
                    // Messages name an item as written; positions are filed under its index in the result,
                    // so an item left out (empty, wrong type) does not shift what later stages look up.
                    var written = FormattableString.Invariant($"{field}[{i}]");
                    var recorded = _positions.Count;
                    Remember(written, list.Items[i]);
                    if (readItem(list.Items[i], written) is { } item)
                    {
                        Refile(recorded, written, FormattableString.Invariant($"{field}[{builder.Count}]"));
                        builder.Add(item);
                    }
                    else
                    {
                        _positions.RemoveRange(recorded, _positions.Count - recorded);
                    }
                }

                return builder.ToImmutable();
            default:
                WrongType(value, field, "a list (for example [a, b], or one '- item' per line)");
                return [];
        }
    }

    /// <summary>Renames the positions recorded since <paramref name="from"/> from one item path to another.</summary>
    private void Refile(int from, string written, string kept)
    {
        if (written == kept)
        {
            return;
        }

        for (var i = from; i < _positions.Count; i++)
        {
            var (path, position) = _positions[i];
            if (path == written || path.StartsWith(written + ".", StringComparison.Ordinal) || path.StartsWith(written + "[", StringComparison.Ordinal))
            {
                _positions[i] = (kept + path[written.Length..], position);
            }
        }
    }

    public YamlMapValue? Map(YamlValue value, string field)
    {
        if (value is YamlMapValue map)
        {
            return map;
        }

        WrongType(value, field, "a mapping of fields");
        return null;
    }

    /// <summary>A date or a date-time; a plain date carries no time of day.</summary>
    public IncidentTime? Time(YamlValue? value, string field)
    {
        var text = Text(value, field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new IncidentTime(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), HasTime: false);
        }

        // A time without an offset is read as UTC: the only reading that does not depend on the build machine.
        if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var time))
        {
            return new IncidentTime(time, HasTime: true);
        }

        WrongType(value!, field, "a date (2024-03-12) or a date-time with offset (2024-03-12T14:05:00Z)");
        return null;
    }

    /// <summary>true or false (YAML's yes/no and on/off too); null when absent.</summary>
    public bool? Boolean(YamlValue? value, string field)
    {
        var text = Text(value, field);
        switch (text?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                WrongType(value!, field, "true or false");
                return null;
        }
    }

    public DateOnly? Date(YamlValue? value, string field)
    {
        var time = Time(value, field);
        return time is { } t ? DateOnly.FromDateTime(t.Value.Date) : null;
    }

    public void WrongType(YamlValue value, string field, string expected) =>
        diagnostics.Error(path, value.Position, DiagnosticCodes.WrongType,
            $"{(names ?? FieldMap.None).Describe(field)} must be {expected}, not {value.Describe()}");
}
