using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>Every action item names an owner (a team or a role): work that belongs to nobody is rarely done.</summary>
public sealed class ActionItemOwnerRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < postmortem.ActionItems.Length; i++)
        {
            var item = postmortem.ActionItems[i];
            if (item.Owner is null)
            {
                diagnostics.Report(postmortem.SourcePath, postmortem.Locations[$"action_items[{i}]"], DiagnosticCodes.ActionItemWithoutOwner,
                    $"action item '{item.Title}' has no 'owner'");
            }
        }
    }
}
