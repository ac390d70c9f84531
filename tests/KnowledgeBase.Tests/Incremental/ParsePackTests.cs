using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Incremental;
using KnowledgeBase.Load;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Incremental;

/// <summary><c>kb build</c>'s parse cache: a file read again unchanged is taken from the pack; anything the reading depends on is in the key.</summary>
public sealed class ParsePackTests : IDisposable
{
    private readonly TempDirectory _folder = new("parsed");

    public void Dispose() => _folder.Dispose();

    private string PackPath => _folder["parsed.pack"];

    /// <summary>Reads one file through a pack as a build does (then commits): the postmortem and the findings reported.</summary>
    private (Postmortem? Postmortem, IReadOnlyList<Diagnostic> Findings) Build(SourceFile file, PostmortemReader? reader = null)
    {
        using var pack = new ParsePack(CachePack.Open(PackPath));
        var diagnostics = new DiagnosticBag();
        var postmortem = pack.Read(file, reader ?? new PostmortemReader(), diagnostics);
        pack.KeepOnlyUsed();
        return (postmortem, diagnostics.ToSortedList());
    }

    [Fact]
    public void A_file_read_again_unchanged_is_taken_from_the_pack_with_its_findings()
    {
        var file = PostmortemText.Source("severity: sev2", "# From the heading\n");
        var first = Build(file);

        // The title the heading gave is in the pack's entry, after the findings: spelled otherwise there, it must come back so.
        var bytes = File.ReadAllBytes(PackPath);
        var at = bytes.AsSpan().LastIndexOf("From the heading"u8);
        Assert.True(at > 0);
        "From the HEADING"u8.CopyTo(bytes.AsSpan(at));
        File.WriteAllBytes(PackPath, bytes);
        var again = Build(file);

        Assert.Equal("From the HEADING", again.Postmortem!.Title);
        Assert.Equal(first.Findings, again.Findings);
        Assert.Contains(again.Findings, f => f.Code == DiagnosticCodes.MissingTitle.Id);
        Assert.Equal(first.Postmortem!.Body, again.Postmortem.Body);
    }

    [Fact]
    public void An_edited_file_is_read_again_and_the_pack_keeps_only_its_new_entry()
    {
        Build(PostmortemText.Source("title: Disk full", "The disk filled.\n"));

        var (postmortem, _) = Build(PostmortemText.Source("title: Disk full again", "The disk filled.\n"));

        Assert.Equal("Disk full again", postmortem!.Title);
        Assert.Single(CachePack.KeysOf(PackPath));
    }

    [Fact]
    public void A_damaged_pack_is_read_as_none()
    {
        var file = PostmortemText.Source("title: Disk full", "The disk filled.\n");
        Build(file);
        var bytes = File.ReadAllBytes(PackPath);
        File.WriteAllBytes(PackPath, bytes[..(bytes.Length / 2)]);

        Assert.Equal("Disk full", Build(file).Postmortem!.Title);
    }

    [Fact]
    public void The_fields_of_kb_yml_are_part_of_the_key()
    {
        var file = PostmortemText.Source("name: Disk full", "The disk filled.\n");
        var names = new FieldMap(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("title", ImmutableArray.Create("name"))]));

        Assert.Equal("incident", Build(file).Postmortem!.Title);
        Assert.Equal("Disk full", Build(file, new PostmortemReader(fieldMap: names)).Postmortem!.Title);
    }

    [Fact]
    public void The_depth_limit_is_part_of_the_key()
    {
        var file = PostmortemText.Source("title: Deep\nx: {a: {b: {c: {d: 1}}}}");

        Assert.NotNull(Build(file).Postmortem);
        var (shallow, findings) = Build(file, new PostmortemReader(maxYamlDepth: 3));
        Assert.Null(shallow);
        Assert.NotEmpty(findings);
    }

    [Fact]
    public void A_file_that_does_not_read_is_reported_again_from_the_pack()
    {
        var file = PostmortemText.Source("title: [unclosed");

        var first = Build(file);
        var again = Build(file);

        Assert.Null(again.Postmortem);
        Assert.Equal(first.Findings, again.Findings);
        Assert.Contains(again.Findings, f => f.Code == DiagnosticCodes.YamlSyntax.Id);
    }

    [Fact]
    public void The_same_text_at_another_path_is_another_entry()
    {
        var text = PostmortemText.Compose("severity: sev2", "The disk filled.\n");
        Build(new SourceFile("a.md", _folder["a.md"], text));

        var (postmortem, _) = Build(new SourceFile("b.md", _folder["b.md"], text));

        Assert.Equal("b", postmortem!.Id);
        Assert.Equal("b.md", postmortem.SourcePath);
    }
}
