using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>
/// Tags (of the incident and of its factors) come from the vocabulary when kb.yml sets one: a stray
/// spelling splits an index page in two. Services and tags also need a letter or digit to have a page
/// (its address is their slug: "ci/cd", as real archives write it, lives at <c>tags/ci-cd/</c>); a name
/// that climbs folders ("../etc") is refused outright, as nobody writes one by accident.
/// </summary>
public sealed class TagsRule : IPostmortemRule
{
    public void Check(Postmortem postmortem, SiteConfig config, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < postmortem.Tags.Length; i++)
        {
            CheckTag(postmortem, config, postmortem.Tags[i], $"tags[{i}]", diagnostics);
        }

        for (var f = 0; f < postmortem.ContributingFactors.Length; f++)
        {
            var tags = postmortem.ContributingFactors[f].Tags;
            for (var i = 0; i < tags.Length; i++)
            {
                CheckTag(postmortem, config, tags[i], $"contributing_factors[{f}].tags[{i}]", diagnostics);
            }
        }

        for (var i = 0; i < postmortem.Services.Length; i++)
        {
            CheckNameable(postmortem, postmortem.Services[i], $"services[{i}]", "service", diagnostics);
        }
    }

    private static void CheckTag(Postmortem postmortem, SiteConfig config, string tag, string field, DiagnosticBag diagnostics)
    {
        if (!CheckNameable(postmortem, tag, field, "tag", diagnostics) || config.Tags.Resolve(tag) is not null)
        {
            return;
        }

        var nearest = config.Tags.Nearest(tag);
        var hint = nearest is null ? "add it to the tag vocabulary in kb.yml" : $"did you mean '{nearest}'? (or add it to kb.yml)";
        diagnostics.Report(postmortem.SourcePath, postmortem.Locations[field], DiagnosticCodes.UnknownTag,
            $"tag '{tag}' is not in the vocabulary; {hint}");
    }

    private static bool CheckNameable(Postmortem postmortem, string name, string field, string kind, DiagnosticBag diagnostics)
    {
        if (name.Any(char.IsLetterOrDigit) && !name.Split('/', '\\').Any(segment => segment.Trim() == ".."))
        {
            return true;
        }

        diagnostics.Report(postmortem.SourcePath, postmortem.Locations[field], DiagnosticCodes.InvalidTag,
            $"{kind} '{name}' cannot name a page: use letters, digits and hyphens (it would become '{Slug.ForTerm(name)}')");
        return false;
    }
}
