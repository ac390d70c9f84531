using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.Model;

namespace KnowledgeBase.Configuration;

/// <summary>
/// Reads <c>kb.yml</c> from the input folder, or the settings file named by <c>--config</c>. A missing
/// kb.yml means the defaults; a broken one is reported with the same codes and positions as front-matter,
/// plus KB5001 for values of the wrong shape.
/// </summary>
public static class ConfigReader
{
    public const string FileName = "kb.yml";

    /// <param name="configFile">A settings file given on the command line, read instead of the input's kb.yml; it must exist.</param>
    public static SiteConfig Read(string inputDirectory, DiagnosticBag diagnostics, string? configFile = null)
    {
        var path = configFile is null ? Path.Combine(inputDirectory, FileName) : Path.GetFullPath(configFile);
        // Findings in the input's own kb.yml are named relative to the input, like the postmortems'; a file
        // from elsewhere by its full path.
        var source = configFile is null ? FileName : path;
        if (!File.Exists(path))
        {
            if (configFile is not null)
            {
                diagnostics.Error(source, SourcePosition.Start, DiagnosticCodes.InvalidConfig, "the settings file given with --config does not exist");
            }

            return SiteConfig.Default;
        }

        var decoded = TextDecoder.Decode(File.ReadAllBytes(path), source, diagnostics);
        return decoded is null ? SiteConfig.Default : Parse(decoded, diagnostics, source);
    }

    /// <param name="source">The name findings carry: kb.yml, or the path of a settings file from elsewhere.</param>
    public static SiteConfig Parse(string yaml, DiagnosticBag diagnostics, string source = FileName)
    {
        var tree = new YamlTreeReader(maxDepth: 8, document: Path.GetFileName(source)).Read(yaml, firstLine: 1, source, diagnostics);
        if (tree is YamlScalarValue { IsNull: true } || tree is null)
        {
            return SiteConfig.Default;
        }

        if (tree is not YamlMapValue map)
        {
            diagnostics.Error(source, tree.Position, DiagnosticCodes.InvalidConfig, "kb.yml must be a mapping of settings");
            return SiteConfig.Default;
        }

        var fields = new FieldReader(source, diagnostics);
        var config = SiteConfig.Default;
        var severities = ReadList(map["severities"], "severities", fields, (m, f, i) => new SeverityLevel(
            RequireId(m, f, fields), fields.Text(m["label"], f + ".label") ?? RequireId(m, f, fields),
            fields.Text(m["description"], f + ".description") ?? "", fields.TextList(m["aliases"], f + ".aliases"), i));
        var categories = ReadList(map["categories"], "categories", fields, (m, f, _) => new FactorCategory(
            RequireId(m, f, fields), fields.Text(m["label"], f + ".label") ?? Capitalize(RequireId(m, f, fields)),
            fields.Text(m["description"], f + ".description") ?? ""));
        var tags = ReadList(map["tags"], "tags", fields, (m, f, _) => new TagDefinition(
            RequireId(m, f, fields), fields.Text(m["description"], f + ".description") ?? "", fields.TextList(m["aliases"], f + ".aliases")));

        var baseUrl = fields.Text(map["base_url"], "base_url");
        if (baseUrl is not null && !IsWebUrl(baseUrl))
        {
            diagnostics.Error(source, map["base_url"]!.Position, DiagnosticCodes.InvalidConfig,
                $"'base_url' must be an absolute http or https URL such as https://example.org/kb/, not \"{baseUrl}\"");
            baseUrl = null;
        }

        var ticketUrl = fields.Text(map["ticket_url"], "ticket_url");
        // Pages put the ticket link in an href: a javascript: or data: template would run on a click.
        if (ticketUrl is not null && !IsWebUrl(ticketUrl.Replace("{ticket}", "T-1", StringComparison.Ordinal)))
        {
            diagnostics.Error(source, map["ticket_url"]!.Position, DiagnosticCodes.InvalidConfig,
                $"'ticket_url' must be an absolute http or https URL with {{ticket}} where the ticket goes, such as https://tracker.example/browse/{{ticket}}, not \"{ticketUrl}\"");
            ticketUrl = null;
        }

        return config with
        {
            Title = fields.Text(map["title"], "title") ?? config.Title,
            Description = fields.Text(map["description"], "description") ?? config.Description,
            BaseUrl = baseUrl is null ? null : baseUrl.TrimEnd('/') + "/",
            TicketUrl = ticketUrl,
            Severities = severities.IsDefaultOrEmpty ? config.Severities : severities,
            Categories = categories.IsDefaultOrEmpty ? config.Categories : categories,
            Tags = tags.IsDefaultOrEmpty ? config.Tags : new TagVocabulary(tags),
            Similarity = ReadSimilarity(map["similarity"], fields),
            Gate = fields.Boolean(map["gate"], "gate") ?? false,
            ActionSlo = ReadActionSlo(map["action_slo"], fields, severities.IsDefaultOrEmpty ? config.Severities : severities),
            BlamelessCheck = fields.Boolean(map["blameless_check"], "blameless_check") ?? true,
            FeedEntries = (int)Number(map["feed_entries"], "feed_entries", config.FeedEntries, 1, 100_000, whole: true, fields),
            PageSize = (int)Number(map["page_size"], "page_size", config.PageSize, 1, 100_000, whole: true, fields),
            Limits = ReadLimits(map["limits"], fields),
            Files = InputSettingsReader.ReadSelection(map["include"], map["exclude"], fields),
            Fields = InputSettingsReader.ReadFieldMap(map["fields"], fields),
        };
    }

    /// <summary>
    /// A list of entries, each a mapping with an <c>id</c>, or just the id as text. Entries whose id is not
    /// a slug are reported, since ids become page addresses.
    /// </summary>
    private static ImmutableArray<T> ReadList<T>(YamlValue? value, string field, FieldReader fields, Func<YamlMapValue, string, int, T> read)
    {
        var index = 0;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return fields.List(value, field, (item, itemField) =>
        {
            var map = item is YamlScalarValue scalar
                ? new YamlMapValue([new YamlMapEntry("id", scalar.Position, scalar)], scalar.Position)
                : fields.Map(item, itemField);
            if (map is null)
            {
                return default;
            }

            // Two entries with one id would give two pages one address; the second is reported and left out.
            if (map["id"] is YamlScalarValue { IsNull: false } id && !seen.Add(id.Text.Trim()))
            {
                fields.Diagnostics.Error(fields.Path, id.Position, DiagnosticCodes.InvalidConfig,
                    $"'{field}' names '{id.Text.Trim()}' twice; this entry is left out");
                return default;
            }

            return read(map, itemField, index++);
        });
    }

    private static string RequireId(YamlMapValue map, string field, FieldReader fields)
    {
        var id = fields.Text(map["id"], field + ".id");
        if (id is null)
        {
            fields.Diagnostics.Error(fields.Path, map.Position, DiagnosticCodes.InvalidConfig, $"'{field}' has no 'id'");
            return "unnamed";
        }

        if (!Slug.IsValid(id.ToLowerInvariant()))
        {
            fields.Diagnostics.Error(fields.Path, map["id"]!.Position, DiagnosticCodes.InvalidConfig,
                $"'{field}.id' \"{id}\" is not a slug (lower-case letters, digits and single hyphens)");
        }

        return id.ToLowerInvariant();
    }

    /// <summary><c>similarity:</c> — how many similar incidents to show, the score thresholds and the weights.</summary>
    private static SimilaritySettings ReadSimilarity(YamlValue? value, FieldReader fields)
    {
        var settings = SimilaritySettings.Default;
        if (value is null || value is YamlScalarValue { IsNull: true } || fields.Map(value, "similarity") is not { } map)
        {
            return settings;
        }

        var weights = map["weights"] is { } w ? fields.Map(w, "similarity.weights") : null;
        return settings with
        {
            Show = (int)Number(map["show"], "similarity.show", settings.Show, 0, 50, whole: false, fields),
            // "auto", absent or invalid (which is reported): the threshold is calibrated on the knowledge base.
            MinScore = map["min_score"] is YamlScalarValue { Text: "auto" } ? null
                : Number(map["min_score"], "similarity.min_score", double.NaN, 0, 1, whole: false, fields) is var min && !double.IsNaN(min) ? min : settings.MinScore,
            DuplicateScore = Number(map["duplicate_score"], "similarity.duplicate_score", settings.DuplicateScore, 0, 1, whole: false, fields),
            RepeatScore = Number(map["repeat_score"], "similarity.repeat_score", settings.RepeatScore, 0, 1, whole: false, fields),
            LinkScore = Number(map["link_score"], "similarity.link_score", settings.LinkScore, 0, 1, whole: false, fields),
            Tags = Number(weights?["tags"], "similarity.weights.tags", settings.Tags, 0, 100, whole: false, fields),
            Services = Number(weights?["services"], "similarity.weights.services", settings.Services, 0, 100, whole: false, fields),
            Categories = Number(weights?["categories"], "similarity.weights.categories", settings.Categories, 0, 100, whole: false, fields),
            Keywords = Number(weights?["keywords"], "similarity.weights.keywords", settings.Keywords, 0, 100, whole: false, fields),
            Text = Number(weights?["text"], "similarity.weights.text", settings.Text, 0, 100, whole: false, fields),
            Neighbours = Number(weights?["neighbours"], "similarity.weights.neighbours", settings.Neighbours, 0, 100, whole: false, fields),
        };
    }

    /// <summary>
    /// <c>action_slo:</c> — days to finish an action item, by severity (an id or an alias of kb.yml's
    /// levels), as Atlassian's 4 and 8 weeks for its two highest levels.
    /// </summary>
    private static ImmutableSortedDictionary<string, int> ReadActionSlo(YamlValue? value, FieldReader fields, ImmutableArray<SeverityLevel> severities)
    {
        var slo = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        if (value is null || value is YamlScalarValue { IsNull: true } || fields.Map(value, "action_slo") is not { } map)
        {
            return slo.ToImmutable();
        }

        foreach (var entry in map.Entries)
        {
            var level = severities.FirstOrDefault(s => string.Equals(s.Id, entry.Key, StringComparison.OrdinalIgnoreCase)
                || s.Aliases.Any(a => string.Equals(a, entry.Key, StringComparison.OrdinalIgnoreCase)));
            if (level is null)
            {
                fields.Diagnostics.Error(fields.Path, entry.KeyPosition, DiagnosticCodes.InvalidConfig,
                    $"'action_slo.{entry.Key}' is not a severity; use one of: {string.Join(", ", severities.Select(s => s.Id))}");
                continue;
            }

            var days = (int)Number(entry.Value, "action_slo." + entry.Key, -1, 1, 3650, whole: true, fields);
            if (days > 0)
            {
                slo[level.Id] = days;
            }
        }

        return slo.ToImmutable();
    }

    /// <summary><c>limits:</c> — the largest file, the deepest YAML and the most files a build reads.</summary>
    private static InputLimits ReadLimits(YamlValue? value, FieldReader fields)
    {
        var limits = InputLimits.Default;
        if (value is null || value is YamlScalarValue { IsNull: true } || fields.Map(value, "limits") is not { } map)
        {
            return limits;
        }

        return limits with
        {
            MaxFileBytes = (long)Number(map["max_file_bytes"], "limits.max_file_bytes", limits.MaxFileBytes, 1, 1L << 30, whole: true, fields),
            MaxYamlDepth = (int)Number(map["max_yaml_depth"], "limits.max_yaml_depth", limits.MaxYamlDepth, 1, 64, whole: true, fields),
            MaxFiles = (int)Number(map["max_files"], "limits.max_files", limits.MaxFiles, 1, 1_000_000, whole: true, fields),
        };
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/> (whole when asked); else KB5001 at the value, and the fallback.</summary>
    private static double Number(YamlValue? value, string field, double fallback, double min, double max, bool whole, FieldReader fields)
    {
        var text = fields.Text(value, field);
        if (text is null)
        {
            return fallback;
        }

        var style = whole ? System.Globalization.NumberStyles.None : System.Globalization.NumberStyles.Float;
        if (double.TryParse(text, style, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        fields.Diagnostics.Error(fields.Path, value!.Position, DiagnosticCodes.InvalidConfig,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{field}' must be a {(whole ? "whole " : "")}number from {min} to {max}, not \"{text}\""));
        return fallback;
    }

    /// <summary>Only http and https: pages put this URL in links, so nothing else may get in.</summary>
    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    private static string Capitalize(string id) => id.Length == 0 ? id : char.ToUpperInvariant(id[0]) + id[1..];
}
