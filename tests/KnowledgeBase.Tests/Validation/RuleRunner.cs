using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

/// <summary>Runs one rule over postmortems read from front-matter text, so positions are the real ones.</summary>
internal static class RuleRunner
{
    /// <summary>The sample kb.yml's vocabulary (closed), severities and categories, in miniature.</summary>
    public static SiteConfig ClosedVocabulary { get; } = ConfigReader.Parse("""
        tags:
          - id: database
            aliases: [db, postgres]
          - id: dns
          - id: connection-pool
            aliases: [pgbouncer]
        """, new DiagnosticBag());

    public static DiagnosticBag Check(IPostmortemRule rule, string frontMatter, SiteConfig? config = null, string path = "incident.md")
    {
        var postmortem = PostmortemText.Read(frontMatter, "", new DiagnosticBag(), path);
        var diagnostics = new DiagnosticBag();
        rule.Check(postmortem, config ?? SiteConfig.Default, diagnostics);
        return diagnostics;
    }

    public static DiagnosticBag Check(ICollectionRule rule, params (string Path, string FrontMatter)[] files)
    {
        var postmortems = files.Select(f => PostmortemText.Read(f.FrontMatter, "", new DiagnosticBag(), f.Path)).ToList();
        return Check(rule, postmortems);
    }

    public static DiagnosticBag Check(ICollectionRule rule, IReadOnlyList<Postmortem> postmortems)
    {
        var diagnostics = new DiagnosticBag();
        rule.Check(postmortems, diagnostics);
        return diagnostics;
    }
}
