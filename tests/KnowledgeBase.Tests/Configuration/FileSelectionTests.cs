using KnowledgeBase.Configuration;
using KnowledgeBase.Load;

namespace KnowledgeBase.Tests.Configuration;

/// <summary>Which Markdown files of an input folder are postmortems.</summary>
public class FileSelectionTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("readme.md")]
    [InlineData("incidents/2024/README.md")]
    [InlineData("CONTRIBUTING.md")]
    [InlineData("CHANGELOG.md")]
    [InlineData("LICENSE.md")]
    [InlineData("LICENSE-MIT.md")]
    [InlineData("COPYING.md")]
    [InlineData("docs/CODE_OF_CONDUCT.md")]
    [InlineData("SECURITY.md")]
    public void Files_every_repository_has_are_not_postmortems_wherever_they_are(string path)
    {
        Assert.False(FileSelection.Default.IsPostmortem(path));
    }

    [Theory]
    [InlineData("2024-03-12-checkout.md")]
    [InlineData("incidents/readme-outage.md")]
    [InlineData("license-server-outage.md")]
    [InlineData("copying-files-failed.md")]
    [InlineData("nested/deeper/db.MD")]
    public void Any_other_markdown_file_is_a_postmortem(string path)
    {
        Assert.True(FileSelection.Default.IsPostmortem(path));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData(".draft.md")]
    [InlineData("kb.yml")]
    public void Only_visible_markdown_files_can_be_postmortems(string path)
    {
        Assert.False(FileSelection.Default.IsPostmortem(path));
    }

    [Fact]
    public void Include_globs_keep_only_the_files_they_match()
    {
        var selection = new FileSelection { Include = ["incidents/**/*.md"] };

        Assert.True(selection.IsPostmortem("incidents/2024/db.md"));
        Assert.True(selection.IsPostmortem("incidents/db.md"));
        Assert.False(selection.IsPostmortem("docs/how-to-write.md"));
        Assert.False(selection.IsPostmortem("db.md"));
    }

    [Fact]
    public void Exclude_globs_leave_files_out_whatever_include_says()
    {
        var selection = new FileSelection { Include = ["**/*.md"], Exclude = ["templates/**", "**/TEMPLATE.md"] };

        Assert.True(selection.IsPostmortem("2024/db.md"));
        Assert.False(selection.IsPostmortem("templates/postmortem.md"));
        Assert.False(selection.IsPostmortem("2024/TEMPLATE.md"));
    }

    [Fact]
    public void Exclude_alone_keeps_every_other_markdown_file()
    {
        var selection = new FileSelection { Exclude = ["drafts/*.md"] };

        Assert.True(selection.IsPostmortem("db.md"));
        Assert.True(selection.IsPostmortem("drafts/deeper/db.md"));
        Assert.False(selection.IsPostmortem("drafts/db.md"));
    }

    [Fact]
    public void Include_cannot_bring_back_a_repository_file()
    {
        Assert.False(new FileSelection { Include = ["**/*.md"] }.IsPostmortem("README.md"));
    }

    [Fact]
    public void Selections_with_the_same_globs_are_equal()
    {
        Assert.Equal(new FileSelection { Exclude = ["a/**"] }, new FileSelection { Exclude = ["a/**"] });
        Assert.NotEqual(new FileSelection { Exclude = ["a/**"] }, new FileSelection { Include = ["a/**"] });
    }

    [Fact]
    public void A_selection_made_from_another_matches_its_own_globs()
    {
        var first = new FileSelection { Exclude = ["a/**"] };
        Assert.False(first.IsPostmortem("a/x.md"));

        var second = first with { Exclude = ["b/**"] };

        Assert.True(second.IsPostmortem("a/x.md"));
        Assert.False(second.IsPostmortem("b/x.md"));
    }
}
