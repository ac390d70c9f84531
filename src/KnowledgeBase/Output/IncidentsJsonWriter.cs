using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeBase.Analysis;
using KnowledgeBase.Model;

namespace KnowledgeBase.Output;

/// <summary>
/// Writes <c>incidents.json</c>: the front-matter of every published postmortem with its page URL, in
/// front-matter's own names (snake_case), for dashboards and other tools. Each incident is one line of
/// compact JSON: the file stays a line-by-line diff between builds and a third smaller than indented JSON,
/// which matters at 10,000 incidents (and <c>jq .</c> still prints it indented).
/// </summary>
public static class IncidentsJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static byte[] Write(SiteModel site)
    {
        var baseUrl = site.Config.BaseUrl ?? "";
        var incidents = site.Incidents
            .Where(i => i.Postmortem.Status == PostmortemStatus.Published)
            .Select(i => Describe(i, baseUrl));
        var generated = site.BuildTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        using var output = new MemoryStream();
        output.Write(Encoding.UTF8.GetBytes("{\"generated\":" + JsonSerializer.Serialize(generated, Options) + ",\"incidents\":["));
        var first = true;
        foreach (var incident in incidents)
        {
            output.Write(first ? "\n"u8 : ",\n"u8);
            JsonSerializer.Serialize(output, incident, Options);
            first = false;
        }

        output.Write("\n]}\n"u8);
        return output.ToArray();
    }

    /// <summary>
    /// The postmortem's fields under their front-matter names. The fields of issue 22 (kind, a factor's id,
    /// influences and no_action, an item's addresses, priority, reason and tags) are written only where a
    /// postmortem has them, so an archive without them gets the file it always got.
    /// </summary>
    private static Dictionary<string, object?> Describe(RenderedPostmortem incident, string baseUrl)
    {
        var p = incident.Postmortem;
        var fields = new Dictionary<string, object?>
        {
            ["id"] = p.Id,
            ["url"] = baseUrl + SitePaths.Pretty(incident.PagePath),
            ["title"] = p.Title,
            ["date"] = p.Date?.Iso,
            ["severity"] = p.Severity,
            ["status"] = p.Status.Name(),
        };
        if (p.IsNearMiss)
        {
            fields["kind"] = p.Kind.Name();
        }

        fields["services"] = p.Services;
        fields["tags"] = p.Tags;
        fields["authors"] = p.Authors;
        fields["detected"] = p.Detected?.Iso;
        fields["resolved"] = p.Resolved?.Iso;
        fields["published"] = Day(p.Published);
        fields["impact"] = p.Impact;
        fields["summary"] = incident.Summary;
        fields["contributing_factors"] = p.ContributingFactors.Select(Factor);
        fields["action_items"] = p.ActionItems.Select(Item);
        fields["related"] = p.Related;
        fields["repeat_of"] = p.RepeatOf;
        fields["extra"] = p.Extra;
        return fields;
    }

    private static Dictionary<string, object?> Factor(ContributingFactor f)
    {
        var fields = new Dictionary<string, object?> { ["category"] = f.Category, ["description"] = f.Description, ["tags"] = f.Tags };
        AddIf(fields, "id", f.Id);
        AddIf(fields, "influences", f.Influences.IsEmpty ? null : f.Influences);
        AddIf(fields, "no_action", f.NoAction);
        return fields;
    }

    private static Dictionary<string, object?> Item(ActionItem a)
    {
        var fields = new Dictionary<string, object?>
        {
            ["title"] = a.Title,
            ["owner"] = a.Owner,
            ["ticket"] = a.Ticket,
            ["due"] = Day(a.Due),
            ["status"] = a.Status.Name(),
            ["closed"] = Day(a.Closed),
        };
        AddIf(fields, "addresses", a.Addresses.IsEmpty ? null : a.Addresses);
        AddIf(fields, "priority", a.Priority?.Name());
        AddIf(fields, "reason", a.Reason);
        AddIf(fields, "tags", a.Tags.IsEmpty ? null : a.Tags);
        return fields;
    }

    private static void AddIf(Dictionary<string, object?> fields, string key, object? value)
    {
        if (value is not null)
        {
            fields[key] = value;
        }
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
