using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeBase.Analysis;
using KnowledgeBase.Model;

namespace KnowledgeBase.Output;

/// <summary>
/// Writes <c>incidents.json</c>: the front-matter of every published postmortem with its page URL, in
/// front-matter's own names (snake_case), for dashboards and other tools.
/// </summary>
public static class IncidentsJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static byte[] Write(SiteModel site)
    {
        var baseUrl = site.Config.BaseUrl ?? "";
        var incidents = site.Incidents
            .Where(i => i.Postmortem.Status == PostmortemStatus.Published)
            .Select(i => Describe(i, baseUrl));
        return JsonSerializer.SerializeToUtf8Bytes(new { generated = site.BuildTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), incidents }, Options);
    }

    private static object Describe(RenderedPostmortem incident, string baseUrl)
    {
        var p = incident.Postmortem;
        return new
        {
            p.Id,
            Url = baseUrl + SitePaths.Pretty(incident.PagePath),
            p.Title,
            Date = p.Date?.Iso,
            p.Severity,
            Status = p.Status.Name(),
            p.Services,
            p.Tags,
            p.Authors,
            Detected = p.Detected?.Iso,
            Resolved = p.Resolved?.Iso,
            Published = p.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            p.Impact,
            incident.Summary,
            ContributingFactors = p.ContributingFactors.Select(f => new { f.Category, f.Description, f.Tags }),
            ActionItems = p.ActionItems.Select(a => new
            {
                a.Title,
                a.Owner,
                a.Ticket,
                Due = a.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Status = a.Status.Name(),
                Closed = a.Closed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }),
            p.Related,
            p.RepeatOf,
            Extra = p.Extra,
        };
    }
}
