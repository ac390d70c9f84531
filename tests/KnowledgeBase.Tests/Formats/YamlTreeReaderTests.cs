using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Formats;

public class YamlTreeReaderTests
{
    private static (YamlValue? Tree, DiagnosticBag Diagnostics) Read(string yaml, int firstLine = 1, int maxDepth = 16)
    {
        var diagnostics = new DiagnosticBag();
        var tree = new YamlTreeReader(maxDepth).Read(yaml, firstLine, "a.md", diagnostics);
        return (tree, diagnostics);
    }

    [Fact]
    public void Mapping_keeps_keys_in_order_with_the_position_of_each_key_and_value()
    {
        var (tree, diagnostics) = Read("title: Hello\ntags: [a, b]\nnested:\n  key: value\n", firstLine: 2);

        var map = Assert.IsType<YamlMapValue>(tree);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["title", "tags", "nested"], map.Entries.Select(e => e.Key));
        Assert.Equal(new SourcePosition(2, 1), map.Entries[0].KeyPosition);
        Assert.Equal(new SourcePosition(2, 8), map["title"]!.Position);
        var tags = Assert.IsType<YamlListValue>(map["tags"]);
        Assert.Equal(new SourcePosition(3, 7), tags.Position);
        Assert.Equal(new SourcePosition(3, 11), tags.Items[1].Position);
        var nested = Assert.IsType<YamlMapValue>(map["nested"]);
        Assert.Equal(new SourcePosition(5, 8), nested["key"]!.Position);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("\n\n")]
    public void Empty_document_is_an_empty_mapping(string yaml)
    {
        var (tree, diagnostics) = Read(yaml, firstLine: 2);

        var map = Assert.IsType<YamlMapValue>(tree);
        Assert.Empty(map.Entries);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("a: ~", true)]
    [InlineData("a: null", true)]
    [InlineData("a: NULL", true)]
    [InlineData("a:", true)]
    [InlineData("a: \"null\"", false)]
    [InlineData("a: '~'", false)]
    [InlineData("a: \"\"", false)]
    public void Only_plain_null_spellings_are_null(string yaml, bool isNull)
    {
        var (tree, _) = Read(yaml);

        var value = Assert.IsType<YamlScalarValue>(Assert.IsType<YamlMapValue>(tree)["a"]);
        Assert.Equal(isNull, value.IsNull);
    }

    [Fact]
    public void Syntax_error_is_KB1003_at_the_file_position()
    {
        // Line 1 of the YAML is line 2 of the file; the unterminated quote opens at column 8.
        var (tree, diagnostics) = Read("title: \"Unclosed quote\ndate: 2021-06-22\n", firstLine: 2);

        Assert.Null(tree);
        Assert.Equal([("KB1003", 2, 8)], diagnostics.Positions());
        Assert.StartsWith("YAML syntax error", diagnostics.One("KB1003").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: A\ntags: [dns, bgp]]\n")]
    [InlineData("title: A\n  bad: indentation: here\n")]
    [InlineData("title: A\nkey: b: c\n")]
    [InlineData("a: 'x\n")]
    public void Syntax_error_line_is_the_yaml_line_plus_the_offset_of_the_front_matter(string yaml)
    {
        var (atTop, top) = Read(yaml, firstLine: 1);
        var (lower, below) = Read(yaml, firstLine: 11);

        Assert.Null(atTop);
        Assert.Null(lower);
        var first = Assert.Single(top.Positions());
        var second = Assert.Single(below.Positions());
        Assert.Equal("KB1003", first.Code);
        Assert.Equal(("KB1003", first.Line + 10, first.Column), second);
    }

    [Fact]
    public void Unterminated_flow_sequence_is_KB1003_not_an_exception()
    {
        var (tree, diagnostics) = Read("title: A\ntags: [dns, bgp\ncompany: Example\n", firstLine: 2);

        Assert.Null(tree);
        var error = diagnostics.One("KB1003");
        Assert.InRange(error.Position.Line, 3, 4);
    }

    [Fact]
    public void Duplicate_key_is_KB1004_at_the_second_key()
    {
        var (tree, diagnostics) = Read("title: A\ndate: 2024-01-01\ntitle: B\n", firstLine: 2);

        Assert.Null(tree);
        Assert.Equal([("KB1004", 4, 1)], diagnostics.Positions());
        Assert.Contains("title", diagnostics.One("KB1004").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_in_a_nested_mapping_is_reported_at_its_own_position()
    {
        var (tree, diagnostics) = Read("action_items:\n  - title: A\n    owner: x\n    owner: y\n", firstLine: 2);

        Assert.Null(tree);
        Assert.Equal([("KB1004", 5, 5)], diagnostics.Positions());
    }

    [Fact]
    public void Every_duplicate_key_is_reported()
    {
        var (_, diagnostics) = Read("a: 1\nb: 2\na: 3\nb: 4\n");

        Assert.Equal([("KB1004", 3, 1), ("KB1004", 4, 1)], diagnostics.Positions());
    }

    [Fact]
    public void Anchor_is_KB1005_at_its_position()
    {
        var (tree, diagnostics) = Read("title: A\nbase: &b [1, 2]\n", firstLine: 2);

        Assert.Null(tree);
        Assert.Equal([("KB1005", 3, 7)], diagnostics.Positions());
    }

    [Fact]
    public void Alias_is_KB1005_at_its_position()
    {
        var (tree, diagnostics) = Read("title: A\ncopy: *b\n", firstLine: 2);

        Assert.Null(tree);
        Assert.Equal([("KB1005", 3, 7)], diagnostics.Positions());
    }

    [Fact]
    public void Alias_bomb_is_refused_at_the_first_anchor_without_expanding()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(0, 9).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}]\n"));

        var (tree, diagnostics) = Read(yaml);

        Assert.Null(tree);
        Assert.Equal([("KB1005", 1, 4)], diagnostics.Positions());
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        // The root mapping is level 1, the list level 2, the scalar in it level 3.
        var (tree, diagnostics) = Read("a: [b]\n", maxDepth: 3);

        Assert.IsType<YamlMapValue>(tree);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_KB1007_at_the_first_value_past_it()
    {
        var (tree, diagnostics) = Read("title: A\na: [[b]]\n", firstLine: 2, maxDepth: 3);

        Assert.Null(tree);
        Assert.Equal([("KB1007", 3, 6)], diagnostics.Positions());
    }

    [Fact]
    public void Very_deep_flow_nesting_is_KB1007_not_a_stack_overflow()
    {
        const int levels = 100_000;
        var yaml = "a: " + new string('[', levels) + new string(']', levels) + "\n";

        var (tree, diagnostics) = Read(yaml);

        Assert.Null(tree);
        Assert.Equal(["KB1007"], diagnostics.Codes());
        Assert.Equal(1, diagnostics.One("KB1007").Position.Line);
    }

    [Fact]
    public void Deep_block_nesting_is_KB1007_with_the_default_limit_of_16()
    {
        var yaml = string.Concat(Enumerable.Range(0, 20).Select(i => new string(' ', 2 * i) + $"k{i}:\n")) + new string(' ', 40) + "leaf\n";

        var (tree, diagnostics) = Read(yaml);

        Assert.Null(tree);
        Assert.Equal(["KB1007"], diagnostics.Codes());
    }

    [Fact]
    public void More_than_one_document_is_KB1003()
    {
        var (tree, diagnostics) = Read("a: 1\n---\nb: 2\n", firstLine: 2);

        Assert.Null(tree);
        Assert.Equal([("KB1003", 3, 1)], diagnostics.Positions());
    }

    [Fact]
    public void Complex_key_is_reported_and_the_document_refused()
    {
        var (tree, diagnostics) = Read("? [a, b]\n: value\n");

        Assert.Null(tree);
        Assert.Equal([("KB1006", 1, 3)], diagnostics.Positions());
    }

    [Fact]
    public void Document_that_is_a_list_is_returned_as_a_list()
    {
        var (tree, diagnostics) = Read("- a\n- b\n", firstLine: 2);

        var list = Assert.IsType<YamlListValue>(tree);
        Assert.Equal(2, list.Items.Length);
        Assert.Equal(new SourcePosition(2, 1), list.Position);
        Assert.Empty(diagnostics.ToSortedList());
    }
}
