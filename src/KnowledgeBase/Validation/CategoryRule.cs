using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>Every contributing factor belongs to a category of the taxonomy, so factors can be counted across incidents.</summary>
public sealed class CategoryRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        var known = string.Join(", ", config.Categories.Select(c => c.Id));
        for (var i = 0; i < postmortem.ContributingFactors.Length; i++)
        {
            var factor = postmortem.ContributingFactors[i];
            var field = $"contributing_factors[{i}]";
            if (factor.Category.Length == 0)
            {
                diagnostics.Report(postmortem.SourcePath, postmortem.Locations[field], DiagnosticCodes.UnknownCategory,
                    $"contributing factor has no 'category'; use one of: {known}");
            }
            else if (config.FindCategory(factor.Category) is null)
            {
                diagnostics.Report(postmortem.SourcePath, postmortem.Locations[field + ".category"], DiagnosticCodes.UnknownCategory,
                    $"unknown contributing-factor category '{factor.Category}'; use one of: {known}");
            }
        }
    }
}
