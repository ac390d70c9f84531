using KnowledgeBase.Pipeline;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>
/// The shared corpus of 209 real public postmortems (../shared/corpus/public-postmortems), built once, on
/// first use: a clone without the corpus skips every test here and builds nothing.
/// </summary>
public sealed class CorpusSiteFixture : IDisposable
{
    private readonly TempDirectory _root = new("corpus-site");
    private readonly Lazy<BuildResult> _result;

    public CorpusSiteFixture() => _result = new(() => Builds.Run(RepoPaths.PublicPostmortems, _root["site"]));

    /// <summary>The built site's folder (the build runs on first use of this or <see cref="Result"/>).</summary>
    public string Output
    {
        get
        {
            _ = _result.Value;
            return _root["site"];
        }
    }

    public BuildResult Result => _result.Value;

    public void Dispose() => _root.Dispose();
}

public class CorpusBuildTests(CorpusSiteFixture corpus) : IClassFixture<CorpusSiteFixture>
{
    [CorpusFact("public-postmortems")]
    public void Public_corpus_builds_with_warnings_only()
    {
        Assert.True(corpus.Result.Succeeded, corpus.Result.Diagnostics.Where(d => d.IsError).Dump());
        Assert.True(corpus.Result.Written);
        Assert.Equal(209, corpus.Result.Files);
        Assert.Equal(209, corpus.Result.Postmortems);
        Assert.All(corpus.Result.Diagnostics, d => Assert.Contains(d.Code, new[] { "KB2004", "KB4001", "KB4005" }));
    }

    [CorpusFact("public-postmortems")]
    public void Every_corpus_file_gets_an_incident_page()
    {
        var pages = Directory.EnumerateDirectories(Path.Combine(corpus.Output, "incidents"))
            .Where(d => Path.GetFileName(d) != "by-severity")
            .Count(d => File.Exists(Path.Combine(d, "index.html")));

        Assert.Equal(209, pages);
    }

    [CorpusFact("public-postmortems")]
    public void Every_internal_link_in_every_page_resolves_to_a_written_file()
    {
        var broken = SiteLinks.Broken(corpus.Output);

        Assert.True(broken.Count == 0, string.Join('\n', broken.Take(20)));
        Assert.True(SiteLinks.CountInternal(corpus.Output) > 5000);
    }

    [CorpusFact("public-postmortems")]
    public void Every_page_has_exactly_one_h1_even_for_long_form_postmortems_with_their_own()
    {
        var offending = Directory.EnumerateFiles(corpus.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => Html.Load(f).QuerySelectorAll("h1").Length != 1)
            .Select(f => Path.GetRelativePath(corpus.Output, f))
            .ToList();

        Assert.Empty(offending);
    }

    [CorpusFact("public-postmortems")]
    public void No_page_carries_script_or_event_handlers()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus.Output, "incidents"), "*.html", SearchOption.AllDirectories))
        {
            var page = Html.Load(file);
            Assert.Empty(page.ForeignActiveElements());
            Assert.DoesNotContain(page.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
        }
    }

    [CorpusFact("public-postmortems")]
    public void Corpus_images_referenced_in_raw_html_are_kept_when_absolute()
    {
        var posthog = Html.Load(Path.Combine(corpus.Output, "incidents", "posthog-2025-11-26-shai-hulud-attack", "index.html"));

        Assert.All(posthog.QuerySelectorAll("div.body img"), img => Assert.StartsWith("https://", img.GetAttribute("src"), StringComparison.Ordinal));
    }

    [CorpusFact("public-postmortems")]
    public void Missing_images_of_the_corpus_are_reported_as_broken_links_with_their_line()
    {
        var broken = corpus.Result.Diagnostics.Where(d => d.Code == "KB4001").ToList();

        Assert.Contains(broken, d => d.Path == "portswigger-2024-10-saas-outage.md" && d.Position.Line > 1);
        Assert.All(broken, d => Assert.False(d.IsError));
    }

    [CorpusFact("public-postmortems")]
    public void The_blameless_check_flags_only_the_three_summaries_that_blame_human_error()
    {
        // Measured on the real corpus: "failed to" (9 times) and "should have" (once) have systems as their
        // subject there, and "default of" must not read as "fault of"; none of them may be flagged.
        var flagged = corpus.Result.Diagnostics.Where(d => d.Code == "KB4005").Select(d => d.Path).ToList();

        Assert.Equal(
            ["amazon-human-error-during-a-routine-networking.md", "amazon-human-error-on-february-28th-2017.md", "trivago-due-to-a-human-error-all.md"],
            flagged);
    }
}
