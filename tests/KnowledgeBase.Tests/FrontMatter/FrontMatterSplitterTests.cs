using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.FrontMatter;

public class FrontMatterSplitterTests
{
    [Fact]
    public void Yaml_and_body_are_cut_at_the_fences()
    {
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split("---\ntitle: A\ndate: 2024-01-01\n---\n# Body\ntext\n", "a.md", diagnostics);

        Assert.NotNull(block);
        Assert.Equal("title: A\ndate: 2024-01-01\n", block.Yaml);
        Assert.Equal(2, block.YamlLine);
        Assert.Equal("# Body\ntext\n", block.Body);
        Assert.Equal(5, block.BodyLine);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("# No front-matter\n\ntext\n")]
    [InlineData("")]
    [InlineData("\n---\ntitle: A\n---\n")]
    [InlineData("title: A\n---\n")]
    [InlineData("--- \ttitle: A\n---\n")]
    public void File_without_an_opening_fence_is_KB1001_at_1_1(string text)
    {
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split(text, "a.md", diagnostics);

        Assert.Null(block);
        Assert.Equal([("KB1001", 1, 1)], diagnostics.Positions());
        Assert.Equal("a.md", diagnostics.One("KB1001").Path);
    }

    [Theory]
    [InlineData("---\ntitle: A\n")]
    [InlineData("---\ntitle: A\nbody text without a closing fence\n")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\ntitle: A\n----\n")]
    public void Opening_fence_without_a_closing_one_is_KB1002(string text)
    {
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split(text, "a.md", diagnostics);

        Assert.Null(block);
        Assert.Equal([("KB1002", 1, 1)], diagnostics.Positions());
    }

    [Fact]
    public void Three_dots_close_the_front_matter()
    {
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split("---\ntitle: A\n...\nbody\n", "a.md", diagnostics);

        Assert.NotNull(block);
        Assert.Equal("title: A\n", block.Yaml);
        Assert.Equal("body\n", block.Body);
        Assert.Equal(4, block.BodyLine);
    }

    [Fact]
    public void Three_dots_do_not_open_the_front_matter()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(FrontMatterSplitter.Split("...\ntitle: A\n---\n", "a.md", diagnostics));
        Assert.Equal(["KB1001"], diagnostics.Codes());
    }

    [Fact]
    public void Fences_may_carry_trailing_spaces_and_tabs()
    {
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split("--- \t\ntitle: A\n---  \nbody", "a.md", diagnostics);

        Assert.NotNull(block);
        Assert.Equal("title: A\n", block.Yaml);
        Assert.Equal("body", block.Body);
    }

    [Fact]
    public void Closing_fence_at_the_end_of_the_file_gives_an_empty_body()
    {
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split("---\ntitle: A\n---", "a.md", diagnostics);

        Assert.NotNull(block);
        Assert.Equal("", block.Body);
        Assert.Equal(4, block.BodyLine);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Empty_front_matter_is_split_into_empty_yaml()
    {
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split("---\n---\nbody\n", "a.md", diagnostics);

        Assert.NotNull(block);
        Assert.Equal("", block.Yaml);
        Assert.Equal(3, block.BodyLine);
    }

    [Fact]
    public void Only_the_first_closing_fence_ends_the_front_matter()
    {
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split("---\na: 1\n---\ntext\n---\nmore\n", "a.md", diagnostics);

        Assert.NotNull(block);
        Assert.Equal("a: 1\n", block.Yaml);
        Assert.Equal("text\n---\nmore\n", block.Body);
        Assert.Equal(4, block.BodyLine);
    }

    [Fact]
    public void Body_line_counts_every_front_matter_line()
    {
        var yaml = string.Concat(Enumerable.Range(1, 20).Select(i => $"k{i}: {i}\n"));
        var diagnostics = new DiagnosticBag();

        var block = FrontMatterSplitter.Split("---\n" + yaml + "---\nfirst body line\n", "a.md", diagnostics);

        Assert.NotNull(block);
        Assert.Equal(23, block.BodyLine);
        Assert.StartsWith("first body line", block.Body, StringComparison.Ordinal);
    }
}
