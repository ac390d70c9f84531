using System.Text;
using KnowledgeBase.Incremental;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>
/// The build cache's pack file: what one build committed, the next finds; what a build did not use is
/// gone after it; a build that does not commit leaves the previous pack as it was; damage is a miss.
/// </summary>
public sealed class CachePackTests : IDisposable
{
    private readonly TempDirectory _folder = new("pack");

    public void Dispose() => _folder.Dispose();

    private string PackPath => _folder["bodies.pack"];

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>One build: opens the pack, runs <paramref name="use"/>, commits.</summary>
    private void Build(Action<CachePack> use)
    {
        using var pack = CachePack.Open(PackPath);
        use(pack);
        pack.Commit();
    }

    /// <summary>What a later build finds under <paramref name="key"/>, each part as text; empty when nothing.</summary>
    private string[] Find(string key)
    {
        string[] found = [];
        Build(pack => found = pack.TryGet(key, out var parts) ? [.. parts.Select(p => Text(pack.Read(p)))] : []);
        return found;
    }

    [Fact]
    public void An_entry_a_build_committed_is_found_by_the_next_with_each_part_as_written()
    {
        Build(pack => pack.Put("a", Bytes("<p>HTML</p>"), Bytes("plain text — é"), Bytes("")));

        Assert.Equal(["<p>HTML</p>", "plain text — é", ""], Find("a"));
    }

    [Fact]
    public void What_a_build_put_is_read_back_from_the_pack_before_it_commits()
    {
        using var pack = CachePack.Open(PackPath);
        var parts = pack.Put("a", Bytes("first"), Bytes("second"));

        Assert.NotNull(parts);
        Assert.Equal("second", Text(pack.Read(parts[1])));
        Assert.False(File.Exists(PackPath), "nothing replaces the previous pack before the commit");
    }

    [Fact]
    public void An_entry_the_last_build_did_not_use_is_gone_and_one_it_used_is_carried_over()
    {
        Build(pack =>
        {
            pack.Put("kept", Bytes("kept body"));
            pack.Put("dropped", Bytes("dropped body"));
        });

        Build(pack => Assert.True(pack.TryGet("kept", out _)));

        Assert.Equal(["kept"], CachePack.KeysOf(PackPath));
        Assert.Equal(["kept body"], Find("kept"));
    }

    [Fact]
    public void A_build_that_does_not_commit_leaves_the_previous_pack_as_it_was_and_no_file_behind()
    {
        Build(pack => pack.Put("a", Bytes("one")));
        var before = File.ReadAllBytes(PackPath);

        using (var pack = CachePack.Open(PackPath))
        {
            pack.Put("b", Bytes("two"));
        }

        Assert.Equal(before, File.ReadAllBytes(PackPath));
        Assert.Equal(["bodies.pack"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_file_a_killed_build_left_half_written_is_removed_by_the_next()
    {
        File.WriteAllText(_folder["bodies.pack.1234abcd.tmp"], "half a pack");

        Build(pack => pack.Put("a", Bytes("one")));

        Assert.Equal(["bodies.pack"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("{ not a pack")]
    [InlineData("")]
    public void A_damaged_pack_is_an_empty_one(string content)
    {
        File.WriteAllText(PackPath, content);

        Assert.Empty(Find("a"));
        Build(pack => pack.Put("a", Bytes("made again")));
        Assert.Equal(["made again"], Find("a"));
    }

    [Fact]
    public void A_pack_cut_short_is_an_empty_one()
    {
        Build(pack => pack.Put("a", Bytes(new string('x', 1000))));
        var bytes = File.ReadAllBytes(PackPath);
        File.WriteAllBytes(PackPath, bytes[..^10]);

        Assert.Empty(Find("a"));
    }

    [Fact]
    public void Entries_put_from_several_threads_at_once_are_each_read_back_whole()
    {
        var texts = Enumerable.Range(0, 200).Select(i => $"body {i} " + new string((char)('a' + (i % 26)), i * 7)).ToArray();
        Build(pack => Parallel.For(0, texts.Length, i => pack.Put($"k{i}", Bytes(texts[i]), Bytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        Build(pack => Parallel.For(0, texts.Length, i =>
        {
            Assert.True(pack.TryGet($"k{i}", out var parts));
            Assert.Equal(texts[i], Text(pack.Read(parts[0])));
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(pack.Read(parts[1])));
        }));
        Assert.Equal(200, CachePack.KeysOf(PackPath).Count);
    }
}
