using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>
/// Factor ids are unique in their postmortem, and every id that <c>influences</c> or <c>addresses</c>
/// names is a factor of the same postmortem (or, for influences, the impact). A misspelt id would
/// silently drop an arrow from the map or leave a factor looking unaddressed, so each is an error at
/// the id as written. Cycles are allowed: conditions do feed each other.
/// </summary>
public sealed class FactorReferencesRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        var factors = postmortem.ContributingFactors;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < factors.Length; i++)
        {
            if (factors[i].Id is { } id && (!ids.Add(id) || id == ContributingFactor.Impact))
            {
                diagnostics.Report(postmortem.SourcePath, postmortem.Locations[$"contributing_factors[{i}].id"], DiagnosticCodes.DuplicateFactorId,
                    id == ContributingFactor.Impact
                        ? $"'{id}' is the name of the incident's impact in 'influences'; give this factor another id"
                        : $"another contributing factor of this postmortem already has the id '{id}'");
            }
        }

        var known = ids.Count == 0 ? "this postmortem's factors have no 'id' yet" : "use one of: " + string.Join(", ", ids.Order(StringComparer.Ordinal));
        for (var i = 0; i < factors.Length; i++)
        {
            for (var j = 0; j < factors[i].Influences.Length; j++)
            {
                var target = factors[i].Influences[j];
                var field = $"contributing_factors[{i}].influences[{j}]";
                if (target == factors[i].Id)
                {
                    diagnostics.Report(postmortem.SourcePath, postmortem.Locations[field], DiagnosticCodes.UnknownFactor,
                        $"factor '{target}' names itself in 'influences'");
                }
                else if (target != ContributingFactor.Impact && !ids.Contains(target))
                {
                    diagnostics.Report(postmortem.SourcePath, postmortem.Locations[field], DiagnosticCodes.UnknownFactor,
                        $"'influences' names '{target}', which is no contributing factor of this postmortem; {known}, or impact");
                }
            }
        }

        for (var i = 0; i < postmortem.ActionItems.Length; i++)
        {
            var addresses = postmortem.ActionItems[i].Addresses;
            for (var j = 0; j < addresses.Length; j++)
            {
                if (!ids.Contains(addresses[j]))
                {
                    diagnostics.Report(postmortem.SourcePath, postmortem.Locations[$"action_items[{i}].addresses[{j}]"], DiagnosticCodes.UnknownFactor,
                        $"'addresses' names '{addresses[j]}', which is no contributing factor of this postmortem; {known}");
                }
            }
        }
    }
}
