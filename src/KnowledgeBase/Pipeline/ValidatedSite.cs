using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Pipeline;

/// <summary>What stages 1 to 3 know: the settings, and the postmortems that validate and the site shows.</summary>
public sealed record ValidatedSite(SiteConfig Config, IReadOnlyList<Postmortem> Postmortems);
