using System.Text;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Formats;

public class TextDecoderTests
{
    private static (string? Text, DiagnosticBag Diagnostics) Decode(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        return (TextDecoder.Decode(bytes, "a.md", diagnostics), diagnostics);
    }

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p switch
        {
            string s => Encoding.UTF8.GetBytes(s),
            byte[] b => b,
            int i => [(byte)i],
            _ => throw new ArgumentException("string, byte[] or int", nameof(parts)),
        })];

    [Fact]
    public void Valid_UTF8_is_decoded_unchanged()
    {
        var (text, diagnostics) = Decode(Bytes("---\ntitle: Tomasz Wójcik, 日本\n---\n"));

        Assert.Equal("---\ntitle: Tomasz Wójcik, 日本\n---\n", text);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Byte_order_mark_is_removed()
    {
        var (text, _) = Decode(Bytes(0xEF, 0xBB, 0xBF, "---\ntitle: A\n"));

        Assert.Equal("---\ntitle: A\n", text);
    }

    [Fact]
    public void Only_a_leading_byte_order_mark_is_removed()
    {
        var (text, _) = Decode(Bytes("a", 0xEF, 0xBB, 0xBF, "b"));

        Assert.Equal("a\uFEFFb", text);
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    [InlineData("a\r\rb\n\r", "a\n\nb\n\n")]
    public void CRLF_and_CR_line_ends_become_LF(string written, string read)
    {
        var (text, _) = Decode(Bytes(written));

        Assert.Equal(read, text);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 1, 1)]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0x80 }, 1, 3)]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', (byte)'b', (byte)'c', 0xC0, 0xAF }, 2, 3)]
    [InlineData(new byte[] { (byte)'a', (byte)'b', (byte)'c', 0xE2, 0x82 }, 1, 4)]
    [InlineData(new byte[] { (byte)'\n', (byte)'\n', (byte)'x', 0xE2, 0x82, (byte)'y' }, 3, 2)]
    public void Invalid_byte_is_KB1008_at_its_line_and_column(byte[] bytes, int line, int column)
    {
        var (text, diagnostics) = Decode(bytes);

        Assert.Null(text);
        Assert.Equal([("KB1008", line, column)], diagnostics.Positions());
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        // "é" is two bytes and "日" three, but each is one character of the line.
        var (_, diagnostics) = Decode(Bytes("---\ntitle: é日 x", 0xFF, "\n"));

        Assert.Equal([("KB1008", 2, 12)], diagnostics.Positions());
    }

    [Fact]
    public void Byte_order_mark_does_not_shift_the_column()
    {
        var (_, diagnostics) = Decode(Bytes(0xEF, 0xBB, 0xBF, "ab", 0xFF));

        Assert.Equal([("KB1008", 1, 3)], diagnostics.Positions());
    }

    [Fact]
    public void CRLF_line_ends_before_the_invalid_byte_are_counted_once()
    {
        var (_, diagnostics) = Decode(Bytes("a\r\nb\r\ncd", 0x80));

        Assert.Equal([("KB1008", 3, 3)], diagnostics.Positions());
    }

    [Fact]
    public void CR_line_ends_before_the_invalid_byte_count_as_lines()
    {
        var (_, diagnostics) = Decode(Bytes("a\rb\rcd", 0x80));

        Assert.Equal([("KB1008", 3, 3)], diagnostics.Positions());
    }

    [Fact]
    public void Invalid_byte_far_into_a_large_file_is_found_at_its_line()
    {
        var lines = string.Concat(Enumerable.Repeat("a line of text, é included\n", 20_000));

        var (_, diagnostics) = Decode(Bytes(lines, "xy", 0xC0, 0xAF, "\n"));

        Assert.Equal([("KB1008", 20_001, 3)], diagnostics.Positions());
    }

    [Fact]
    public void Diagnostic_names_the_invalid_byte()
    {
        var (_, diagnostics) = Decode(Bytes("ok ", 0xFE));

        Assert.Contains("0xFE", diagnostics.One("KB1008").Message, StringComparison.Ordinal);
        Assert.Equal("a.md", diagnostics.One("KB1008").Path);
    }

    [CorpusFact("bad")]
    public void Corpus_file_with_invalid_UTF8_is_reported_at_the_first_bad_byte()
    {
        var (text, diagnostics) = Decode(File.ReadAllBytes(Path.Combine(RepoPaths.BadCorpus, "invalid-utf8.md")));

        Assert.Null(text);
        Assert.Equal([("KB1008", 8, 42)], diagnostics.Positions());
    }
}
