using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>Runs every rule over the postmortems, then returns them in canonical form.</summary>
public sealed class Validator
{
    private readonly IReadOnlyList<IPostmortemRule> _rules;
    private readonly IReadOnlyList<ICollectionRule> _collectionRules;

    public Validator(IReadOnlyList<IPostmortemRule> rules, IReadOnlyList<ICollectionRule> collectionRules)
    {
        _rules = rules;
        _collectionRules = collectionRules;
    }

    /// <summary>The rules a build runs, in the order their findings are easiest to read.</summary>
    public static Validator Default { get; } = new(
        [new DatesRule(), new SeverityRule(), new CategoryRule(), new TagsRule(), new ActionItemOwnerRule(), new FactorReferencesRule(), new IntegrationGateRule(), new BlamelessFactorsRule()],
        [new UniqueIdsRule(), new ReferencesRule()]);

    /// <summary>The rules of <see cref="Default"/>, and those that read the build's clock (no date after it).</summary>
    public static Validator ForBuild(DateTimeOffset now) => new([.. Default._rules, new FutureDatesRule(now)], Default._collectionRules);

    public IReadOnlyList<Postmortem> Validate(IReadOnlyList<Postmortem> postmortems, SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var postmortem in postmortems)
        {
            foreach (var rule in _rules)
            {
                rule.Check(postmortem, config, diagnostics);
            }
        }

        foreach (var rule in _collectionRules)
        {
            rule.Check(postmortems, diagnostics);
        }

        return [.. postmortems.Select(p => Normalizer.Normalize(p, config))];
    }
}
