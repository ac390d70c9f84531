namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>
/// The browser tests run one class at a time: each starts chromium and builds a site, and on a two-core
/// machine running them side by side makes timings, not the site, decide the outcome.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTestGroup
{
    public const string Name = "browser";
}
