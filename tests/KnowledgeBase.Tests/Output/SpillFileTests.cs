using KnowledgeBase.Model;
using KnowledgeBase.Output;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Output;

public sealed class SpillFileTests : IDisposable
{
    private readonly TempDirectory _folder = new("spill");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Kept_html_reads_back_byte_for_byte_and_equals_the_html_it_was_made_from()
    {
        using var spill = SpillFile.Create(_folder.Path);
        var html = new Utf8Html("<p>Ünïcode — naïve café ✓, 漢字 and an emoji 🚒</p>");

        var kept = spill.Keep(html);

        Assert.Equal(html.Bytes, kept.Bytes);
        Assert.Equal(html.Length, kept.Length);
        Assert.Equal(html.ToString(), kept.ToString());
        Assert.Equal(html, kept);
        Assert.Equal(html.GetHashCode(), kept.GetHashCode());
    }

    [Fact]
    public void Kept_text_reads_back_as_the_same_string()
    {
        using var spill = SpillFile.Create(_folder.Path);
        var first = spill.Keep("The failover stalled for 14 minutes — déjà vu.");
        var empty = spill.Keep("");
        var second = spill.Keep("Второй текст");

        Assert.Equal("Второй текст", second.Read());
        Assert.Equal("", empty.Read());
        Assert.Equal("The failover stalled for 14 minutes — déjà vu.", first.Read());
    }

    [Fact]
    public void Ranges_kept_from_many_threads_at_once_each_read_back_their_own_bytes()
    {
        using var spill = SpillFile.Create(_folder.Path);
        var texts = Enumerable.Range(0, 400).Select(i => $"<p>incident {i}: {new string((char)('a' + (i % 26)), i * 7)}</p>").ToArray();

        var kept = new Utf8Html[texts.Length];
        Parallel.For(0, texts.Length, i => kept[i] = spill.Keep(new Utf8Html(texts[i])));

        Assert.Equal(texts, kept.Select(k => k.ToString()));
    }

    [Fact]
    public void Nothing_is_left_in_the_folder_once_the_store_is_disposed()
    {
        var spill = SpillFile.Create(_folder.Path);
        var kept = spill.Keep("some text");
        Assert.Equal("some text", kept.Read());

        spill.Dispose();

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void On_unix_the_file_has_no_name_even_while_it_is_used_so_a_killed_build_leaves_nothing()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows deletes the file when the build's handle closes, killed or not.
        }

        using var spill = SpillFile.Create(_folder.Path);
        var kept = spill.Keep("some text");

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
        Assert.Equal("some text", kept.Read());
    }
}
