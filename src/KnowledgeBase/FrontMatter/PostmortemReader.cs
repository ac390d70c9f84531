using System.Collections.Concurrent;
using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.Load;
using KnowledgeBase.Model;

namespace KnowledgeBase.FrontMatter;

/// <summary>
/// Turns one source file into a <see cref="Postmortem"/>: split off the front-matter, read its YAML,
/// and map each known key to a typed field. Values from kb.yml (severities, categories, tags) are
/// checked later, by the validation stage; this stage only checks shapes. An archive in another schema
/// is read through kb.yml's <c>fields:</c> (<see cref="FieldMap"/>).
/// </summary>
public sealed class PostmortemReader(int maxYamlDepth = 16, FieldMap? fieldMap = null)
{
    private readonly YamlTreeReader _yaml = new(maxYamlDepth);

    /// <summary>Each field path read so far, once (files are read on several threads at once).</summary>
    private readonly ConcurrentDictionary<string, string> _fieldPaths = new(StringComparer.Ordinal);

    /// <summary>How deep the YAML may nest (kb.yml's limits); results differ with it.</summary>
    public int MaxYamlDepth => maxYamlDepth;

    /// <summary>Where fields are read from in an archive of another schema (kb.yml's fields:); results differ with it.</summary>
    public FieldMap FieldMap { get; } = fieldMap ?? FieldMap.None;

    public Postmortem? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var block = FrontMatterSplitter.Split(file.Text, file.RelativePath, diagnostics);
        if (block is null)
        {
            return null;
        }

        var tree = _yaml.Read(block.Yaml, block.YamlLine, file.RelativePath, diagnostics);
        if (tree is null)
        {
            return null;
        }

        if (tree is not YamlMapValue written)
        {
            diagnostics.Error(file.RelativePath, tree.Position, DiagnosticCodes.FrontMatterNotMapping,
                $"front-matter must be a mapping of fields such as 'title: ...', not {tree.Describe()}");
            return null;
        }

        var map = FieldMap.Apply(written);
        var fields = new FieldReader(file.RelativePath, diagnostics, FieldMap);
        var title = fields.Text(map["title"], "title") ?? FallbackTitle(file, block, map, diagnostics);

        var postmortem = new Postmortem
        {
            Id = ReadId(map, fields, file),
            SourcePath = file.RelativePath,
            Title = title,
            Date = fields.Time(map["date"], "date"),
            Severity = fields.Text(map["severity"], "severity"),
            Status = ReadStatus(map["status"], fields),
            Kind = ReadKind(map["kind"], fields),
            Services = fields.TextList(map["services"], "services"),
            Tags = fields.TextList(map["tags"], "tags"),
            Authors = fields.TextList(map["authors"], "authors"),
            Detected = fields.Time(map["detected"], "detected"),
            Resolved = fields.Time(map["resolved"], "resolved"),
            Published = fields.Date(map["published"], "published"),
            Impact = fields.Text(map["impact"], "impact"),
            Summary = fields.Text(map["summary"], "summary"),
            ContributingFactors = fields.List(map["contributing_factors"], "contributing_factors", (v, f) => ReadFactor(v, f, fields)),
            ActionItems = fields.List(map["action_items"], "action_items", (v, f) => ReadActionItem(v, f, fields)),
            Related = fields.TextList(map["related"], "related"),
            RepeatOf = fields.Text(map["repeat_of"], "repeat_of"),
            BlamelessCheck = fields.Boolean(map["blameless_check"], "blameless_check") ?? true,
            Extra = ReadExtra(map),
            Body = block.Body,
            BodyLine = block.BodyLine,
        };

        // The same paths recur in every postmortem ("action_items[0].owner"): each postmortem's locations
        // share one copy of each path's text.
        var positions = fields.Positions.Select(p => (_fieldPaths.GetOrAdd(p.Field, p.Field), p.Position));
        return postmortem with { Locations = new FieldLocations(positions, new SourcePosition(1, 1)) };
    }

    /// <summary>
    /// A postmortem without a title is still worth reading: it is called by its body's first
    /// <c># heading</c>, else by its file name, and the author is told so (KB2001, a warning).
    /// </summary>
    private static string FallbackTitle(SourceFile file, FrontMatterBlock block, YamlMapValue map, DiagnosticBag diagnostics)
    {
        var heading = BodyHeading.First(block.Body);
        var title = heading ?? file.FileNameWithoutExtension;
        diagnostics.Report(file.RelativePath, map["title"]?.Position ?? SourcePosition.Start, DiagnosticCodes.MissingTitle,
            $"missing 'title'; the page is called \"{title}\", after {(heading is null ? "the file name" : "the first heading")}");
        return title;
    }

    private static string ReadId(YamlMapValue map, FieldReader fields, SourceFile file)
    {
        var key = map["id"] is not null ? "id" : "slug";
        var id = fields.Text(map[key], key);
        if (id is null)
        {
            return Slug.From(file.FileNameWithoutExtension);
        }

        if (!Slug.IsValid(id))
        {
            var suggestion = Slug.From(id);
            fields.Diagnostics.Error(file.RelativePath, map[key]!.Position, DiagnosticCodes.InvalidId,
                $"'{key}' \"{id}\" is not a safe slug (lower-case letters, digits and single hyphens); did you mean '{suggestion}'?");
            return suggestion;
        }

        return id;
    }

    private static PostmortemStatus ReadStatus(YamlValue? value, FieldReader fields)
    {
        var text = fields.Text(value, "status");
        if (text is null)
        {
            return PostmortemStatus.Published;
        }

        switch (Normalize(text))
        {
            case "published": return PostmortemStatus.Published;
            case "in-review" or "review": return PostmortemStatus.InReview;
            case "draft": return PostmortemStatus.Draft;
            default:
                fields.Diagnostics.Error(fields.Path, value!.Position, DiagnosticCodes.UnknownStatus,
                    $"unknown status '{text}'; use one of: draft, in-review, published");
                return PostmortemStatus.Published;
        }
    }

    private static ContributingFactor? ReadFactor(YamlValue value, string field, FieldReader fields)
    {
        if (value is YamlScalarValue { IsNull: false } plain)
        {
            // A bare sentence is a factor without category: accepted, so a first draft stays cheap to write.
            return new ContributingFactor("", plain.Text.Trim(), []);
        }

        if (fields.Map(value, field) is not { } map)
        {
            return null;
        }

        var description = fields.Text(map["description"], field + ".description");
        if (description is null)
        {
            fields.Diagnostics.Error(fields.Path, map.Position, DiagnosticCodes.MissingField,
                $"'{field}' has no 'description'");
            return null;
        }

        return new ContributingFactor(
            fields.Text(map["category"], field + ".category") ?? "",
            description,
            fields.TextList(map["tags"], field + ".tags"))
        {
            Id = ReadFactorId(map["id"], field + ".id", fields),
            Influences = fields.TextList(map["influences"], field + ".influences"),
            NoAction = fields.Text(map["no_action"], field + ".no_action"),
        };
    }

    /// <summary>A factor's id is what action items and other factors name it by: a slug, compared as written.</summary>
    private static string? ReadFactorId(YamlValue? value, string field, FieldReader fields)
    {
        var id = fields.Text(value, field);
        if (id is null || Slug.IsValid(id))
        {
            return id;
        }

        var suggestion = Slug.From(id);
        fields.Diagnostics.Error(fields.Path, value!.Position, DiagnosticCodes.InvalidId,
            $"'{field}' \"{id}\" is not a safe slug (lower-case letters, digits and single hyphens); did you mean '{suggestion}'?");
        return suggestion;
    }

    private static ActionItem? ReadActionItem(YamlValue value, string field, FieldReader fields)
    {
        if (fields.Map(value, field) is not { } map)
        {
            return null;
        }

        var title = fields.Text(map["title"], field + ".title");
        if (title is null)
        {
            fields.Diagnostics.Error(fields.Path, map.Position, DiagnosticCodes.MissingField, $"'{field}' has no 'title'");
            return null;
        }

        return new ActionItem(
            title,
            fields.Text(map["owner"], field + ".owner"),
            fields.Text(map["ticket"], field + ".ticket"),
            fields.Date(map["due"], field + ".due"),
            ReadActionStatus(map["status"], field + ".status", fields),
            fields.Date(map["closed"], field + ".closed"))
        {
            Addresses = fields.TextList(map["addresses"], field + ".addresses"),
            Priority = ReadPriority(map["priority"], field + ".priority", fields),
            Reason = fields.Text(map["reason"], field + ".reason"),
            Tags = fields.TextList(map["tags"], field + ".tags"),
        };
    }

    private static ActionPriority? ReadPriority(YamlValue? value, string field, FieldReader fields)
    {
        var text = fields.Text(value, field);
        switch (text is null ? null : Normalize(text))
        {
            case null: return null;
            case "high" or "p1": return ActionPriority.High;
            case "medium" or "p2": return ActionPriority.Medium;
            case "low" or "p3": return ActionPriority.Low;
            default:
                fields.Diagnostics.Error(fields.Path, value!.Position, DiagnosticCodes.UnknownValue,
                    $"unknown action item priority '{text}'; use one of: high, medium, low");
                return null;
        }
    }

    private static IncidentKind ReadKind(YamlValue? value, FieldReader fields)
    {
        var text = fields.Text(value, "kind");
        switch (text is null ? null : Normalize(text))
        {
            case null or "incident": return IncidentKind.Incident;
            case "near-miss" or "nearmiss": return IncidentKind.NearMiss;
            default:
                fields.Diagnostics.Error(fields.Path, value!.Position, DiagnosticCodes.UnknownValue,
                    $"unknown kind '{text}'; use one of: incident, near-miss");
                return IncidentKind.Incident;
        }
    }

    private static ActionItemStatus ReadActionStatus(YamlValue? value, string field, FieldReader fields)
    {
        var text = fields.Text(value, field);
        if (text is null)
        {
            return ActionItemStatus.Open;
        }

        switch (Normalize(text))
        {
            case "open" or "todo": return ActionItemStatus.Open;
            case "in-progress" or "doing": return ActionItemStatus.InProgress;
            case "done" or "closed": return ActionItemStatus.Done;
            case "wont-do" or "won-t-do" or "wontfix": return ActionItemStatus.WontDo;
            default:
                fields.Diagnostics.Error(fields.Path, value!.Position, DiagnosticCodes.UnknownStatus,
                    $"unknown action item status '{text}'; use one of: open, in-progress, done, wont-do");
                return ActionItemStatus.Open;
        }
    }

    /// <summary>"In Progress", "in_progress" and "in-progress" all mean the same to a reader.</summary>
    private static string Normalize(string text) =>
        text.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-').Replace('\'', '-');

    private static ImmutableSortedDictionary<string, object> ReadExtra(YamlMapValue map)
    {
        var extra = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (!FrontMatterKeys.Known.Contains(entry.Key) && ToPlain(entry.Value) is { } value)
            {
                extra[entry.Key] = value;
            }
        }

        return extra.ToImmutable();
    }

    private static object? ToPlain(YamlValue value) => value switch
    {
        YamlScalarValue { IsNull: true } => null,
        YamlScalarValue s => s.Text,
        YamlListValue l => l.Items.Select(ToPlain).Where(v => v is not null).Select(v => v!).ToImmutableArray(),
        YamlMapValue m => m.Entries
            .Select(e => (e.Key, Value: ToPlain(e.Value)))
            .Where(e => e.Value is not null)
            .ToImmutableSortedDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal),
        _ => null,
    };
}
