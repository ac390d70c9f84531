using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>A severity must be one of the levels of kb.yml (or one of their aliases).</summary>
public sealed class SeverityRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (postmortem.Severity is { } severity && config.FindSeverity(severity) is null)
        {
            var known = string.Join(", ", config.Severities.Select(s => s.Id));
            diagnostics.Report(postmortem.SourcePath, postmortem.Locations["severity"], DiagnosticCodes.UnknownSeverity,
                $"unknown severity '{severity}'; use one of: {known}");
        }
    }
}
