using KnowledgeBase.Analysis.Actions;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>
/// Which ways of looking at the incidents the knowledge base has any data for, counted once for every
/// page. Teams' real archives often record no severity, service, contributing factor or action item; a
/// page about a dimension nobody records shows only zeros and empty charts, so the theme leaves out what
/// these facts say is absent.
/// </summary>
/// <param name="Classified">Incidents with a severity level of kb.yml.</param>
/// <param name="WithServices">Incidents that name at least one service.</param>
/// <param name="WithFactors">Incidents with at least one contributing factor (so with a category).</param>
/// <param name="Repeats">Possible repeats.</param>
/// <param name="Actions">Every action item, counted as of the build date.</param>
public sealed record SiteFacts(int Incidents, int Classified, int WithServices, int WithFactors, int Repeats, ActionCounts Actions)
{
    public bool HasSeverities => Classified > 0;

    public bool HasServices => WithServices > 0;

    public bool HasFactors => WithFactors > 0;

    public bool HasActionItems => Actions.Total > 0;

    public bool HasRepeats => Repeats > 0;

    /// <summary>
    /// Some incidents have a severity and some do not. Only then does "unclassified" tell a reader
    /// something; where no incident has one, every incident would carry the word.
    /// </summary>
    public bool HasUnclassified => HasSeverities && Classified < Incidents;

    public static SiteFacts Of(IReadOnlyList<RenderedPostmortem> incidents, SiteConfig config, int repeats, DateOnly asOf)
    {
        var postmortems = incidents.Select(i => i.Postmortem).ToList();
        return new SiteFacts(
            postmortems.Count,
            postmortems.Count(p => p.Severity is not null && config.FindSeverity(p.Severity) is not null),
            postmortems.Count(p => p.Services.Length > 0),
            postmortems.Count(p => p.ContributingFactors.Length > 0),
            repeats,
            ActionCounts.Of(postmortems.SelectMany(p => p.ActionItems), asOf));
    }
}
