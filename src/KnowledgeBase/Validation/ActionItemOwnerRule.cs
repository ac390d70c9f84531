using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>
/// Every action item names an owner (a team or a role): work that belongs to nobody is rarely done. Part
/// of the integration gate: an error under <see cref="SiteConfig.Gate"/> for a published postmortem.
/// </summary>
public sealed class ActionItemOwnerRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        var gated = config.Gate && IntegrationGateRule.AppliesTo(postmortem);
        for (var i = 0; i < postmortem.ActionItems.Length; i++)
        {
            var item = postmortem.ActionItems[i];
            if (item.Owner is null)
            {
                var position = postmortem.Locations[$"action_items[{i}]"];
                var message = $"action item '{item.Title}' has no 'owner'";
                if (gated)
                {
                    diagnostics.Error(postmortem.SourcePath, position, DiagnosticCodes.ActionItemWithoutOwner, message);
                }
                else
                {
                    diagnostics.Report(postmortem.SourcePath, position, DiagnosticCodes.ActionItemWithoutOwner, message);
                }
            }
        }
    }
}
