using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>
/// A real archive in another schema (../shared/corpus/icco-postmortems: 242 postmortems as
/// icco/postmortems keeps them) builds through examples/icco/kb.yml, with no edit to its files.
/// </summary>
public sealed class IccoArchiveTests : IDisposable
{
    private readonly TempDirectory _output = new("icco-site");

    private static string Archive => Path.Combine(RepoPaths.SharedCorpus, "icco-postmortems");

    public void Dispose() => _output.Dispose();

    [CorpusFact("icco-postmortems")]
    public void The_archive_builds_every_page_without_error_with_dates_and_tags_read()
    {
        var site = _output["site"];
        var options = Builds.Options(Archive, site) with { ConfigFile = Path.Combine(RepoPaths.Root, "examples", "icco", "kb.yml") };

        var result = Builds.Run(options);

        Assert.True(result.Succeeded, result.Diagnostics.Where(d => d.IsError).Dump());
        Assert.Equal(242, result.Postmortems);
        var pages = Directory.GetDirectories(Path.Combine(site, "incidents")).Count(d => File.Exists(Path.Combine(d, "index.html")));
        Assert.Equal(242, pages - 1); // less incidents/by-severity/
        // Every file that gives a start_time (169; one more writes it empty) is dated by it.
        var started = Directory.GetFiles(Archive, "*.md").Count(f => File.ReadLines(f).Any(l => l.StartsWith("start_time: ", StringComparison.Ordinal) && l != "start_time: \"\""));
        Assert.Equal(169, started);
        Assert.Equal(242 - started, result.Diagnostics.Count(d => d.Code == "KB2004"));
        // Tags come from categories and keywords: a page per category label at least.
        foreach (var category in new[] { "config-change", "cloud", "automation", "security", "cascading-failure", "hardware", "time" })
        {
            Assert.True(File.Exists(Path.Combine(site, "tags", category, "index.html")), category);
        }

        // The 46 files without a title are called after their heading or file name, with a warning each.
        Assert.Equal(46, result.Diagnostics.Count(d => d.Code == "KB2001" && !d.IsError));
    }
}
