using AngleSharp.Html.Dom;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A throw-away knowledge base: postmortems written into a temp input folder, built with the fixed clock into a
/// temp output folder. Everything is deleted on dispose.
/// </summary>
public sealed class SmallSite : IDisposable
{
    private readonly TempDirectory _root = new("site");

    public string Input => _root.Folder("input");

    public string Output => _root["output"];

    public string Theme { get; set; } = RepoPaths.Theme;

    public BuildResult? Result { get; private set; }

    public SmallSite Postmortem(string relativePath, string frontMatter, string body = "")
    {
        _root.Write("input/" + relativePath, PostmortemText.Compose(frontMatter, body));
        return this;
    }

    public SmallSite File(string relativePath, string content)
    {
        _root.Write("input/" + relativePath, content);
        return this;
    }

    public SmallSite Config(string kbYml) => File("kb.yml", kbYml);

    /// <summary>Builds; <paramref name="configure"/> can change the options (drafts, base URL...).</summary>
    public BuildResult Build(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = Builds.Options(Input, Output, Theme);
        Result = new SiteBuilder().Run(configure is null ? options : configure(options));
        return Result;
    }

    /// <summary>Builds and fails the test unless the build wrote the site without errors.</summary>
    public BuildResult BuildClean(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var result = Build(configure);
        Assert.True(result.Succeeded && result.Written, "build failed:\n" + result.Diagnostics.Dump());
        return result;
    }

    public string PathOf(string page) => Path.Combine(Output, page);

    public IHtmlDocument Page(string page) => Html.Load(PathOf(page));

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public void Dispose() => _root.Dispose();
}
