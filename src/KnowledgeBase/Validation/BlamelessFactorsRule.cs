using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>
/// KB4005 for a contributing factor whose subject is a person: it starts with the name of an author or
/// of an action-item owner that names a person rather than a team. A factor is a condition of the system
/// or the organisation; the person in it acted within those conditions.
/// </summary>
public sealed class BlamelessFactorsRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (!config.BlamelessCheck || !postmortem.BlamelessCheck)
        {
            return;
        }

        var people = postmortem.Authors
            .Concat(postmortem.ActionItems.Select(a => a.Owner ?? "").Where(IsPersonName))
            .SelectMany(name => new[] { name, name.Split(' ')[0] })
            .Where(name => name.Length > 2)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        for (var i = 0; i < postmortem.ContributingFactors.Length; i++)
        {
            var description = postmortem.ContributingFactors[i].Description;
            var person = people.FirstOrDefault(name =>
                description.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (description.Length == name.Length || !char.IsLetterOrDigit(description[name.Length])));
            if (person is not null)
            {
                diagnostics.Report(postmortem.SourcePath, postmortem.Locations[$"contributing_factors[{i}].description"], DiagnosticCodes.BlamingLanguage,
                    $"contributing factor \"{Shorten(description)}\" makes {person} its subject; ask instead: what did the system let them see and do at the time?");
            }
        }
    }

    /// <summary>"Priya Natarajan" is a person; "payments-team" and "sre" are not.</summary>
    private static bool IsPersonName(string owner) =>
        owner.Length > 0 && char.IsUpper(owner[0]) && !owner.Contains('-', StringComparison.Ordinal) && !owner.Contains("team", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "...";
}
