using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.Model;

namespace KnowledgeBase.Configuration;

/// <summary>
/// The settings of kb.yml that say how the input is read: which files are postmortems (<c>include:</c>,
/// <c>exclude:</c>) and, for an archive in another schema, where each of our fields is (<c>fields:</c>).
/// </summary>
internal static class InputSettingsReader
{
    /// <summary><c>include:</c> and <c>exclude:</c>: a glob or a list of globs, relative to the input folder.</summary>
    public static FileSelection ReadSelection(YamlValue? include, YamlValue? exclude, FieldReader fields) => new()
    {
        Include = Globs(include, "include", fields),
        Exclude = Globs(exclude, "exclude", fields),
    };

    /// <summary>
    /// <c>fields:</c>, a mapping from a field of ours to the archive's key (or list of keys) it is read
    /// from. Only fields this tool knows can be mapped: any other key is shown as it is written anyway.
    /// </summary>
    public static FieldMap ReadFieldMap(YamlValue? value, FieldReader fields)
    {
        if (value is null or YamlScalarValue { IsNull: true } || fields.Map(value, "fields") is not { } map)
        {
            return FieldMap.None;
        }

        var sources = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (!FrontMatterKeys.Known.Contains(entry.Key))
            {
                fields.Diagnostics.Error(fields.Path, entry.KeyPosition, DiagnosticCodes.InvalidConfig,
                    $"'fields.{entry.Key}' is not a field kb reads; map one of: {string.Join(", ", FrontMatterKeys.Known.Order(StringComparer.Ordinal))}");
                continue;
            }

            var keys = Texts(entry.Value, "fields." + entry.Key, fields);
            if (keys.Length > 0)
            {
                sources[entry.Key] = keys;
            }
        }

        return sources.Count == 0 ? FieldMap.None : new FieldMap(sources.ToImmutable());
    }

    private static ImmutableArray<string> Globs(YamlValue? value, string field, FieldReader fields)
    {
        var globs = Texts(value, field, fields);
        var kept = ImmutableArray.CreateBuilder<string>(globs.Length);
        foreach (var (glob, i) in globs.Select((g, i) => (g, i)))
        {
            // Globs match paths inside the input folder: one that starts at the root of the disk, or climbs
            // out of the folder, can never match and is surely a mistake.
            if (glob.StartsWith('/') || glob.Split('/').Contains(".."))
            {
                var position = value is YamlListValue list ? list.Items[i].Position : value!.Position;
                fields.Diagnostics.Error(fields.Path, position, DiagnosticCodes.InvalidConfig,
                    $"'{field}' globs are relative to the input folder (such as 'incidents/**/*.md'), not \"{glob}\"");
            }
            else
            {
                kept.Add(glob);
            }
        }

        return kept.ToImmutable();
    }

    /// <summary>One text or a list of texts.</summary>
    private static ImmutableArray<string> Texts(YamlValue? value, string field, FieldReader fields) =>
        value is YamlScalarValue scalar ? fields.Text(scalar, field) is { } one ? [one] : [] : fields.TextList(value, field);
}
