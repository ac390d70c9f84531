using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;

namespace KnowledgeBase.Configuration;

/// <summary>
/// Reads <c>kb.yml</c> from the input folder. A missing file means the defaults; a broken one is reported
/// with the same codes and positions as front-matter, plus KB5001 for values of the wrong shape.
/// </summary>
public static class ConfigReader
{
    public const string FileName = "kb.yml";

    public static SiteConfig Read(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!File.Exists(path))
        {
            return SiteConfig.Default;
        }

        var text = TextDecoder.Decode(File.ReadAllBytes(path), FileName, diagnostics);
        return text is null ? SiteConfig.Default : Parse(text, diagnostics);
    }

    public static SiteConfig Parse(string yaml, DiagnosticBag diagnostics)
    {
        var tree = new YamlTreeReader(maxDepth: 8).Read(yaml, firstLine: 1, FileName, diagnostics);
        if (tree is YamlScalarValue { IsNull: true } || tree is null)
        {
            return SiteConfig.Default;
        }

        if (tree is not YamlMapValue map)
        {
            diagnostics.Error(FileName, tree.Position, DiagnosticCodes.InvalidConfig, "kb.yml must be a mapping of settings");
            return SiteConfig.Default;
        }

        var fields = new FieldReader(FileName, diagnostics);
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
            diagnostics.Error(FileName, map["base_url"]!.Position, DiagnosticCodes.InvalidConfig,
                $"'base_url' must be an absolute http or https URL such as https://example.org/kb/, not \"{baseUrl}\"");
            baseUrl = null;
        }

        return config with
        {
            Title = fields.Text(map["title"], "title") ?? config.Title,
            Description = fields.Text(map["description"], "description") ?? config.Description,
            BaseUrl = baseUrl is null ? null : baseUrl.TrimEnd('/') + "/",
            TicketUrl = fields.Text(map["ticket_url"], "ticket_url"),
            Severities = severities.IsDefaultOrEmpty ? config.Severities : severities,
            Categories = categories.IsDefaultOrEmpty ? config.Categories : categories,
            Tags = tags.IsDefaultOrEmpty ? config.Tags : new TagVocabulary(tags),
            Similarity = ReadSimilarity(map["similarity"], fields),
            BlamelessCheck = fields.Boolean(map["blameless_check"], "blameless_check") ?? true,
            Limits = ReadLimits(map["limits"], fields),
        };
    }

    /// <summary>
    /// A list of entries, each a mapping with an <c>id</c>, or just the id as text. Entries whose id is not
    /// a slug are reported, since ids become page addresses.
    /// </summary>
    private static ImmutableArray<T> ReadList<T>(YamlValue? value, string field, FieldReader fields, Func<YamlMapValue, string, int, T> read)
    {
        var index = 0;
        return fields.List(value, field, (item, itemField) =>
        {
            var map = item is YamlScalarValue scalar
                ? new YamlMapValue([new YamlMapEntry("id", scalar.Position, scalar)], scalar.Position)
                : fields.Map(item, itemField);
            return map is null ? default : read(map, itemField, index++);
        });
    }

    private static string RequireId(YamlMapValue map, string field, FieldReader fields)
    {
        var id = fields.Text(map["id"], field + ".id");
        if (id is null)
        {
            fields.Diagnostics.Error(FileName, map.Position, DiagnosticCodes.InvalidConfig, $"'{field}' has no 'id'");
            return "unnamed";
        }

        if (!Slug.IsValid(id.ToLowerInvariant()))
        {
            fields.Diagnostics.Error(FileName, map["id"]!.Position, DiagnosticCodes.InvalidConfig,
                $"'{field}.id' \"{id}\" is not a slug (lower-case letters, digits and single hyphens)");
        }

        return id.ToLowerInvariant();
    }

    /// <summary><c>similarity:</c> — how many similar incidents to show, the score thresholds and the weights.</summary>
    private static Analysis.Similarity.SimilaritySettings ReadSimilarity(YamlValue? value, FieldReader fields)
    {
        var settings = Analysis.Similarity.SimilaritySettings.Default;
        if (value is null || value is YamlScalarValue { IsNull: true } || fields.Map(value, "similarity") is not { } map)
        {
            return settings;
        }

        var weights = map["weights"] is { } w ? fields.Map(w, "similarity.weights") : null;
        double Number(YamlValue? v, string field, double fallback, double max)
        {
            var text = fields.Text(v, field);
            if (text is null)
            {
                return fallback;
            }

            if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 0 && number <= max)
            {
                return number;
            }

            fields.Diagnostics.Error(FileName, v!.Position, DiagnosticCodes.InvalidConfig, $"'{field}' must be a number from 0 to {max}, not \"{text}\"");
            return fallback;
        }

        return settings with
        {
            Show = (int)Number(map["show"], "similarity.show", settings.Show, 50),
            MinScore = Number(map["min_score"], "similarity.min_score", settings.MinScore, 1),
            RepeatScore = Number(map["repeat_score"], "similarity.repeat_score", settings.RepeatScore, 1),
            LinkScore = Number(map["link_score"], "similarity.link_score", settings.LinkScore, 1),
            Tags = Number(weights?["tags"], "similarity.weights.tags", settings.Tags, 100),
            Services = Number(weights?["services"], "similarity.weights.services", settings.Services, 100),
            Categories = Number(weights?["categories"], "similarity.weights.categories", settings.Categories, 100),
            Keywords = Number(weights?["keywords"], "similarity.weights.keywords", settings.Keywords, 100),
            Text = Number(weights?["text"], "similarity.weights.text", settings.Text, 100),
        };
    }

    /// <summary><c>limits:</c> — the largest file, the deepest YAML and the most files a build reads.</summary>
    private static Load.InputLimits ReadLimits(YamlValue? value, FieldReader fields)
    {
        var limits = Load.InputLimits.Default;
        if (value is null || value is YamlScalarValue { IsNull: true } || fields.Map(value, "limits") is not { } map)
        {
            return limits;
        }

        long Whole(string key, long fallback, long max)
        {
            var text = fields.Text(map[key], "limits." + key);
            if (text is null)
            {
                return fallback;
            }

            if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= max)
            {
                return number;
            }

            fields.Diagnostics.Error(FileName, map[key]!.Position, DiagnosticCodes.InvalidConfig, $"'limits.{key}' must be a whole number from 1 to {max}, not \"{text}\"");
            return fallback;
        }

        return limits with
        {
            MaxFileBytes = Whole("max_file_bytes", limits.MaxFileBytes, 1L << 30),
            MaxYamlDepth = (int)Whole("max_yaml_depth", limits.MaxYamlDepth, 64),
            MaxFiles = (int)Whole("max_files", limits.MaxFiles, 1_000_000),
        };
    }

    /// <summary>Only http and https: pages put this URL in links, so nothing else may get in.</summary>
    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    private static string Capitalize(string id) => id.Length == 0 ? id : char.ToUpperInvariant(id[0]) + id[1..];
}
