using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>A knowledge base is a git repository: it has a README, a licence, maybe a site built inside it.</summary>
public sealed class ArchiveLayoutTests : IDisposable
{
    private readonly SmallSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_archive_with_readmes_at_the_root_and_in_sub_folders_builds()
    {
        _site.File("README.md", "# Our postmortems\n\nSee CONTRIBUTING.md.\n")
            .File("CONTRIBUTING.md", "Copy the template.\n")
            .File("2024/README.md", "Postmortems of 2024.\n")
            .Postmortem("2024/db-outage.md", "title: DB outage\ndate: 2024-03-01");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Dump());
        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.Postmortems);
    }

    [Fact]
    public void Include_and_exclude_in_kb_yml_choose_the_postmortems()
    {
        _site.Config("include: incidents/**\nexclude: \"**/TEMPLATE.md\"")
            .Postmortem("incidents/a.md", "title: A\ndate: 2024-03-01")
            .File("incidents/TEMPLATE.md", "---\ntitle: \"{{ title }}\"\ndate: YYYY-MM-DD\n---\n")
            .File("docs/how-to.md", "No front-matter here.\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Dump());
        Assert.Equal(1, result.Postmortems);
    }

    [Fact]
    public void A_site_built_inside_the_input_is_not_read_back_as_postmortems()
    {
        _site.Postmortem("a.md", "title: A\ndate: 2024-03-01")
            .File("public/.kb-site", "")
            .File("public/incidents/a/notes.md", "a file a theme wrote");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Dump());
        Assert.Equal(1, result.Files);
    }
}
