using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>
/// The integration gate: an analysis is finished only when every finding has become tracked work. In a
/// published postmortem, each contributing factor is addressed by an action item or says why not
/// (<c>no_action</c>), a won't-do item says why (<c>reason</c>), and each item has a ticket (its owner is
/// <see cref="ActionItemOwnerRule"/>'s). Drafts are still being written and are left alone. Warnings,
/// and errors under <see cref="SiteConfig.Gate"/>.
/// </summary>
public sealed class IntegrationGateRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (!AppliesTo(postmortem))
        {
            return;
        }

        var addressed = postmortem.ActionItems.SelectMany(a => a.Addresses).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < postmortem.ContributingFactors.Length; i++)
        {
            var factor = postmortem.ContributingFactors[i];
            if (factor.NoAction is null && (factor.Id is null || !addressed.Contains(factor.Id)))
            {
                var how = factor.Id is null
                    ? "give it an 'id' and list it in an action item's 'addresses'"
                    : $"list '{factor.Id}' in an action item's 'addresses'";
                Report(diagnostics, config, postmortem, $"contributing_factors[{i}]", DiagnosticCodes.FactorWithoutAction,
                    $"contributing factor \"{Shorten(factor.Description)}\" is addressed by no action item; {how}, or say why not in 'no_action'");
            }
        }

        for (var i = 0; i < postmortem.ActionItems.Length; i++)
        {
            var item = postmortem.ActionItems[i];
            if (item.Status == ActionItemStatus.WontDo && item.Reason is null)
            {
                Report(diagnostics, config, postmortem, $"action_items[{i}].status", DiagnosticCodes.WontDoWithoutReason,
                    $"action item '{item.Title}' is wont-do without a 'reason'; say why, so the decision can be revisited");
            }

            if (item.Ticket is null)
            {
                Report(diagnostics, config, postmortem, $"action_items[{i}]", DiagnosticCodes.ActionItemWithoutTicket,
                    $"action item '{item.Title}' has no 'ticket'; work that is not tracked is rarely done");
            }
        }
    }

    /// <summary>The gate judges published analyses: a draft or one in review may still be incomplete.</summary>
    public static bool AppliesTo(Postmortem postmortem) => postmortem.Status == PostmortemStatus.Published;

    /// <summary>A gate finding is a warning, and an error when the gate is closed (<see cref="SiteConfig.Gate"/>).</summary>
    public static void Report(DiagnosticBag diagnostics, SiteConfig config, Postmortem postmortem, string field, DiagnosticCode code, string message)
    {
        var position = postmortem.Locations[field];
        if (config.Gate)
        {
            diagnostics.Error(postmortem.SourcePath, position, code, message);
        }
        else
        {
            diagnostics.Warning(postmortem.SourcePath, position, code, message);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "...";
}
