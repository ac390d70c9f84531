using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeBase.Analysis;
using KnowledgeBase.Model;

namespace KnowledgeBase.Output;

/// <summary>
/// Writes <c>on-this-day.json</c>: month-day, year, title, page and severity of every dated incident. The
/// home page picks today's entries in the browser, so a static site stays current without rebuilds.
/// </summary>
public static class OnThisDayWriter
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(SiteModel site) => JsonSerializer.SerializeToUtf8Bytes(
        site.Incidents
            .Where(i => i.Postmortem.Date is not null)
            .Select(i => new
            {
                day = i.Postmortem.Date!.Value.Value.ToString("MM-dd", CultureInfo.InvariantCulture),
                year = i.Postmortem.Date!.Value.Value.Year,
                title = i.Postmortem.Title,
                url = i.PagePath,
                severity = i.Postmortem.Severity,
            }),
        Options);
}
