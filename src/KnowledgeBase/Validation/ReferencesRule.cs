using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary><c>related</c> and <c>repeat_of</c> must name postmortems that exist, and not the postmortem itself.</summary>
public sealed class ReferencesRule : ICollectionRule
{
    public void Check(IReadOnlyList<Postmortem> postmortems, DiagnosticBag diagnostics)
    {
        var ids = postmortems.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var postmortem in postmortems)
        {
            for (var i = 0; i < postmortem.Related.Length; i++)
            {
                Check(postmortem, postmortem.Related[i], $"related[{i}]", DiagnosticCodes.UnknownRelated, ids, diagnostics);
            }

            if (postmortem.RepeatOf is { } repeatOf)
            {
                Check(postmortem, repeatOf, "repeat_of", DiagnosticCodes.UnknownRepeatOf, ids, diagnostics);
            }
        }
    }

    private static void Check(Postmortem postmortem, string reference, string field, DiagnosticCode unknown, HashSet<string> ids, DiagnosticBag diagnostics)
    {
        var position = postmortem.Locations[field];
        if (string.Equals(reference, postmortem.Id, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(postmortem.SourcePath, position, DiagnosticCodes.SelfReference, $"'{field}' names this postmortem itself");
        }
        else if (!ids.Contains(reference))
        {
            var nearest = Configuration.Spelling.Nearest(reference, ids);
            var hint = nearest is null ? "" : $"; did you mean '{nearest}'?";
            diagnostics.Report(postmortem.SourcePath, position, unknown, $"'{field}' names unknown postmortem id '{reference}'{hint}");
        }
    }
}
