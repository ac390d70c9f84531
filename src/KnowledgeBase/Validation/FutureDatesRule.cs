using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>
/// An incident cannot have started, been resolved or been written up after the build: such a date is a
/// typo (2205 for 2025, 9999 for "unknown") that would put the incident at the top of every list. The
/// build's clock is <c>SOURCE_DATE_EPOCH</c> when set, so the finding is as reproducible as the site; a
/// day of slack allows for time zones.
/// </summary>
public sealed class FutureDatesRule(DateTimeOffset now) : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        var latest = now.AddDays(1);
        foreach (var (field, value) in new (string, DateTimeOffset?)[]
        {
            ("date", postmortem.Date?.Value), ("detected", postmortem.Detected?.Value), ("resolved", postmortem.Resolved?.Value),
            ("published", postmortem.Published is { } p ? new DateTimeOffset(p.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null),
        })
        {
            if (value is { } time && time > latest)
            {
                diagnostics.Report(postmortem.SourcePath, postmortem.Locations[field], DiagnosticCodes.ImplausibleTimes,
                    $"'{field}' ({time:yyyy-MM-dd}) is after the build date ({now:yyyy-MM-dd}); is the year right?");
            }
        }
    }
}
