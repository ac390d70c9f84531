using System.Text;
using CsCheck;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>
/// Property tests: arbitrary bytes, and text assembled from the pieces front-matter and Markdown are made
/// of, always give a rendered postmortem or diagnostics, never an exception. Bounded here; longer runs
/// are `bench fuzz SECONDS` (bench/README.md). Inputs that once failed are kept in Fuzz/ and replayed.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "---\n", "---", "...\n", "title: ", "date: ", "2024-01-01", "2024-13-45T99:99Z", "tags: ", "[", "]", "{", "}", ", ", ": ", "- ",
        "&a ", "*a", "!!str ", "\"", "'", "\\", "\t", "\n", "\r\n", "\r", "  ", "#", "> ", "```", "`", "[x](", ")", "javascript:", "<", ">",
        "<script>", "</script>", "<img src=x onerror=alert(1)>", "|", "---|", "[^1]", "~~", "*", "_", "é", "\u0000", "\ufeff", "\ud800",
        "contributing_factors:\n  - ", "action_items:\n  - title: x\n    owner: ", "related: ", "repeat_of: ", "id: ../x", "human error",
        "severity: sev9", "category: ", "description: ", "status: ", "<!--", "-->", "&#106;", "%00", "../../",
    ];

    /// <summary>
    /// Pieces in any order, some opening like a postmortem (to reach the YAML reader), some after valid
    /// front-matter (to reach the Markdown renderer and the sanitizer).
    /// </summary>
    private static readonly Gen<byte[]> Texts = Gen.Select(Gen.OneOf("", "---\ntitle: T\n", "---\ntitle: T\n---\n"), Gen.OneOf(Pieces).Array[0, 80],
        (string opening, string[] p) => Encoding.UTF8.GetBytes(opening + string.Concat(p)));

    private static readonly Gen<byte[]> Bytes = Gen.Byte.Array[0, 2048];

    private static readonly Gen<byte[]> Mixed = Gen.Select(Texts, Bytes, Gen.Int[0, 100], (byte[] text, byte[] noise, int at) =>
        (byte[])[.. text.Take(at * text.Length / 100), .. noise.Take(16), .. text.Skip(at * text.Length / 100)]);

    [Fact]
    public void Arbitrary_bytes_give_a_postmortem_or_diagnostics() =>
        Bytes.Sample(bytes => Answers(bytes), iter: 3000, threads: 1);

    [Fact]
    public void Front_matter_and_markdown_pieces_in_any_order_give_a_postmortem_or_diagnostics() =>
        Texts.Sample(bytes => Answers(bytes), iter: 3000, threads: 1);

    [Fact]
    public void Pieces_with_noise_give_a_postmortem_or_diagnostics() =>
        Mixed.Sample(bytes => Answers(bytes), iter: 2000, threads: 1);

    public static TheoryData<string> Findings()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Pipeline", "Fuzz")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Inputs_fuzzing_found_are_answered(string name) =>
        Assert.True(Answers(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Pipeline", "Fuzz", name))));

    private static bool Answers(byte[] bytes)
    {
        var (rendered, diagnostics) = SingleFileCheck.Run(bytes);
        return rendered is not null || diagnostics.Count > 0;
    }
}
