using KnowledgeBase.Incremental;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>The analysis pack's table of words: each word once, numbered anew for each build's entries.</summary>
public sealed class PackedWordsTests
{
    private static PackedWords Previous(params string[] words)
    {
        var table = PackedWords.Empty();
        foreach (var word in words)
        {
            table.NumberOf(word);
        }

        return PackedWords.Read(table.ToBytes());
    }

    private static List<string> Next(PackedWords table)
    {
        var next = PackedWords.Read(table.ToBytes());
        return [.. Enumerable.Range(0, next.PreviousCount).Select(next.Previous)];
    }

    [Fact]
    public void A_word_has_one_number_however_it_is_asked_for()
    {
        var table = Previous("disk", "queue");

        var byText = table.NumberOf("queue");
        var byNumber = table.Renumber(1);
        var fresh = table.NumberOf("zeppelin");

        Assert.Equal(byText, byNumber);
        Assert.Equal(fresh, table.NumberOf("zeppelin"));
        Assert.Equal(["queue", "zeppelin"], Next(table));
    }

    [Fact]
    public void The_next_table_holds_only_the_words_this_build_used()
    {
        var table = Previous("disk", "queue", "zeppelin");

        table.Renumber(2);

        Assert.Equal(["zeppelin"], Next(table));
    }

    [Fact]
    public void Words_round_trip_whatever_their_characters()
    {
        string[] words = ["", "ü", "東京", "🔥", new string('x', 300)];

        var table = Previous(words);

        Assert.Equal(words, Enumerable.Range(0, table.PreviousCount).Select(table.Previous));
    }

    [Fact]
    public void Numbers_given_on_several_threads_name_each_word_once()
    {
        var words = Enumerable.Range(0, 5_000).Select(i => "w" + i).ToArray();
        var table = PackedWords.Empty();

        var numbers = words.AsParallel().Select(w => (Word: w, Number: table.NumberOf(w))).ToList();

        var next = PackedWords.Read(table.ToBytes());
        Assert.Equal(words.Length, next.PreviousCount);
        Assert.All(numbers, x => Assert.Equal(x.Word, next.Previous(x.Number)));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })] // a number that never ends
    [InlineData(new byte[] { 2, 1, (byte)'a' })] // two words promised, one given
    [InlineData(new byte[] { 1, 5, (byte)'a' })] // a word longer than what is left
    [InlineData(new byte[] { 1, 1, 0xC3 })] // half a UTF-8 character
    [InlineData(new byte[] { 0, 0 })] // a byte after the end
    public void A_damaged_table_is_refused(byte[] bytes)
    {
        Assert.Throws<InvalidDataException>(() => PackedWords.Read(bytes));
    }

    [Fact]
    public void A_number_the_table_does_not_have_is_damage()
    {
        var table = Previous("disk");

        Assert.Throws<InvalidDataException>(() => table.Previous(1));
        Assert.Throws<InvalidDataException>(() => table.Previous(-1));
    }
}
