using AngleSharp.Html.Dom;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>The sample input/ built once per test class with the fixed clock: without drafts, and with them.</summary>
public sealed class InputSiteFixture : IDisposable
{
    private readonly TempDirectory _root = new("input-site");

    public InputSiteFixture()
    {
        Result = Builds.Run(Builds.Options(RepoPaths.Input, Output));
        WithDrafts = Builds.Run(Builds.Options(RepoPaths.Input, OutputWithDrafts) with { IncludeDrafts = true });
    }

    public string Output => _root["site"];

    public string OutputWithDrafts => _root["site-drafts"];

    public BuildResult Result { get; }

    public BuildResult WithDrafts { get; }

    public IHtmlDocument Page(string relative) => Html.Load(Path.Combine(Output, relative));

    /// <summary>Relative paths of every file written, forward slashes.</summary>
    public static IReadOnlyList<string> Files(string site) =>
        [.. Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>The folder names under <c>&lt;site&gt;/&lt;taxonomy&gt;/</c> that hold a page.</summary>
    public IReadOnlyList<string> Terms(string taxonomy) =>
        [.. Directory.EnumerateDirectories(Path.Combine(Output, taxonomy)).Select(Path.GetFileName).Where(n => n != "by-severity").Select(n => n!).Order(StringComparer.Ordinal)];

    public void Dispose() => _root.Dispose();
}
