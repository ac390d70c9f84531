using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>An incident needs a start date to sit on a timeline, and its times must run forwards.</summary>
public sealed class DatesRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        var path = postmortem.SourcePath;
        if (postmortem.Date is null && !postmortem.Locations.Contains("date"))
        {
            diagnostics.Report(path, postmortem.Locations.Fallback, DiagnosticCodes.MissingDate,
                "missing 'date' (when the incident started); it is listed as undated");
        }

        OutOfOrder(postmortem, "date", postmortem.Date, "detected", postmortem.Detected, diagnostics);
        OutOfOrder(postmortem, "detected", postmortem.Detected, "resolved", postmortem.Resolved, diagnostics);
        if (postmortem.Detected is null)
        {
            OutOfOrder(postmortem, "date", postmortem.Date, "resolved", postmortem.Resolved, diagnostics);
        }
    }

    private static void OutOfOrder(Postmortem p, string earlierName, IncidentTime? earlier, string laterName, IncidentTime? later, DiagnosticBag diagnostics)
    {
        // Two plain dates on the same day are in order whatever the hours were.
        if (earlier is { } e && later is { } l && l < e && !(l.IsoDate == e.IsoDate && !(l.HasTime && e.HasTime)))
        {
            diagnostics.Report(p.SourcePath, p.Locations[laterName], DiagnosticCodes.ImplausibleTimes,
                $"'{laterName}' ({l.Iso}) is before '{earlierName}' ({e.Iso})");
        }
    }
}
