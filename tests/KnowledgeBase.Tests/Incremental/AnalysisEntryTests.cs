using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Incremental;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>A document's analysis as the analysis pack files it: words by number, read back as they were.</summary>
public sealed class AnalysisEntryTests
{
    private static AnalysedDocument Analyse(string body, string title = "Disk full") => Analyse(new DocumentAnalyser(), body, title);

    private static AnalysedDocument Analyse(DocumentAnalyser analyser, string body, string title = "Disk full") => analyser.Analyse(new DocumentInput(
        "a",
        new Dictionary<string, LunrFieldValue>(StringComparer.Ordinal)
        {
            [SearchFields.Title] = title,
            [SearchFields.Body] = body,
            [SearchFields.Tags] = LunrFieldValue.FromItems(["storage", "capacity"]),
        },
        [new WeightedText(title, 2), new WeightedText(body, 1)],
        title));

    private static byte[] Write(AnalysedDocument document, PackedWords words, AnalysisEntry.Memo? memo = null) =>
        AnalysisEntry.Write(document, words, memo ?? new AnalysisEntry.Memo());

    /// <summary>Every part of a document's analysis, one line each: a difference names the part.</summary>
    private static List<string> Describe(AnalysedDocument d) =>
    [
        .. d.Search.Document.Fields.Select((f, i) => $"field {i} ({f.Length}): " + string.Join(' ', f.Terms.Select(t => $"{t.Key}={t.Value}"))),
        "text: " + string.Join(' ', d.Text.Terms.Select((t, i) => $"{t}={d.Text.Counts[i]}/{d.Text.Surfaces[i]}")),
        .. d.Search.Excerpt.Select(s => "excerpt: " + s),
    ];

    /// <summary>
    /// Files the documents in one pack's worth of entries and table, with one memo as one thread does, then
    /// reads them back as the next build would.
    /// </summary>
    private static List<AnalysedDocument> RoundTrip(IEnumerable<AnalysedDocument> documents)
    {
        var writing = PackedWords.Empty();
        var memo = new AnalysisEntry.Memo();
        var entries = documents.Select(d => Write(d, writing, memo)).ToList();
        var reading = PackedWords.Read(writing.ToBytes());
        return entries.ConvertAll(e => AnalysisEntry.Read(e, reading).Document);
    }

    [Fact]
    public void A_document_reads_back_as_it_was_filed()
    {
        var filed = new[]
        {
            Analyse("The disk filled. Writes failed for 20 minutes; the `fsck` run took 3 h.\n\nThe queue grew."),
            Analyse("Ünïcödé wörds, 東京 region, and an emoji 🔥 in a sentence. Another one."),
            Analyse(string.Empty, string.Empty),
        };

        var read = RoundTrip(filed);

        Assert.Equal(filed.Select(Describe), read.Select(Describe));
    }

    [Fact]
    public void Similarity_terms_read_back_carry_their_numbers_in_the_table_they_were_read_with()
    {
        var writing = PackedWords.Empty();
        var entry = Write(Analyse("The disk filled and the disk alarm fired."), writing);
        var reading = PackedWords.Read(writing.ToBytes());

        var text = AnalysisEntry.Read(entry, reading).Document.Text;

        Assert.Same(reading.PreviousNumbering, text.Numbering);
        Assert.Equal(text.Terms, text.Numbers.Select(reading.Previous));
        Assert.Equal(reading.PreviousCount, reading.PreviousNumbering.Count);
    }

    [Fact]
    public void Documents_of_one_analyser_and_of_another_read_back_as_filed_through_one_memo()
    {
        // Each analyser numbers its own words from 0: a number names a word only within its analyser's numbering.
        var (one, other) = (new DocumentAnalyser(), new DocumentAnalyser());
        var filed = new[]
        {
            Analyse(one, "The disk filled and writes failed.", "Disk full"),
            Analyse(other, "Zeppelin crashed into the hangar; the hangar burned.", "Hangar fire"),
            Analyse(one, "The disk filled again, and the hangar was fine.", "Disk full again"),
        };

        Assert.Equal(filed.Select(Describe), RoundTrip(filed).Select(Describe));
    }

    [Fact]
    public void Documents_read_back_and_filed_again_through_one_memo_keep_each_its_own_surfaces()
    {
        // One term, "disk", written "disks" in the first document and "disk" in the second: a pack numbers the
        // term, not the word, so its number does not say how a document wrote it.
        var filed = new[] { Analyse("The disks filled.", "Storage alarm"), Analyse("The disk filled.", "Storage alarm") };
        var first = PackedWords.Empty();
        var entries = filed.Select(d => Write(d, first)).ToList();
        var reading = PackedWords.Read(first.ToBytes());
        var readBack = entries.ConvertAll(e => AnalysisEntry.Read(e, reading).Document);

        var memo = new AnalysisEntry.Memo();
        var again = readBack.ConvertAll(d => Write(d, reading, memo));
        var next = PackedWords.Read(reading.ToBytes());

        Assert.Equal(filed.Select(Describe), again.Select(e => Describe(AnalysisEntry.Read(e, next).Document)));
    }

    [Fact]
    public void Search_terms_read_back_carry_their_numbers_in_the_table_they_were_read_with()
    {
        var writing = PackedWords.Empty();
        var entry = Write(Analyse("The disk filled and the disk alarm fired."), writing);
        var reading = PackedWords.Read(writing.ToBytes());

        var search = AnalysisEntry.Read(entry, reading).Document.Search.Document;

        Assert.Same(reading.PreviousNumbering, search.Numbering);
        Assert.All(search.Fields, f => Assert.Equal(f.Terms.Select(t => t.Key), f.Numbers.Select(reading.Previous)));
    }

    [Fact]
    public void A_word_is_one_copy_for_every_document_read_back()
    {
        var read = RoundTrip([Analyse("the disk filled"), Analyse("the disk filled again")]);

        var (a, b) = (read[0].Text, read[1].Text);
        Assert.Same(a.Terms[a.Terms.IndexOf("disk")], b.Terms[b.Terms.IndexOf("disk")]);
    }

    [Fact]
    public void An_entry_read_back_is_filed_for_the_next_build_with_the_next_tables_numbers()
    {
        var first = PackedWords.Empty();
        var entry = Write(Analyse("the disk filled"), first);
        var second = PackedWords.Read(first.ToBytes());
        // The next build met another word first: the numbers move, the words do not.
        second.NumberOf("zeppelin");
        var (document, next) = AnalysisEntry.Read(entry, second);

        var third = PackedWords.Read(second.ToBytes());
        Assert.Equal(Describe(document), Describe(AnalysisEntry.Read(next, third).Document));
        Assert.NotEqual(entry, next);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    public void A_cut_entry_is_damaged(int cutAt)
    {
        var words = PackedWords.Empty();
        var entry = Write(Analyse("the disk filled"), words);
        var table = PackedWords.Read(words.ToBytes());

        Assert.Throws<InvalidDataException>(() => AnalysisEntry.Read(entry.AsSpan(0, cutAt), table));
    }

    [Fact]
    public void An_entry_with_bytes_after_its_end_is_damaged()
    {
        var words = PackedWords.Empty();
        var entry = Write(Analyse("the disk filled"), words);
        var table = PackedWords.Read(words.ToBytes());

        Assert.Throws<InvalidDataException>(() => AnalysisEntry.Read([.. entry, 0], table));
    }

    [Fact]
    public void An_entry_naming_a_word_the_table_lacks_is_damaged()
    {
        var entry = Write(Analyse("the disk filled"), PackedWords.Empty());

        Assert.Throws<InvalidDataException>(() => AnalysisEntry.Read(entry, PackedWords.Empty()));
    }

    [CorpusFact("public-postmortems", "icco-postmortems")]
    public void Every_real_postmortem_reads_back_as_it_was_filed()
    {
        var documents = new[] { "public-postmortems", "icco-postmortems" }
            .SelectMany(c => Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedCorpus, c), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f))
            .Select(text => Analyse(text, text.Split('\n', 2)[0]))
            .ToList();
        Assert.True(documents.Count > 400, $"{documents.Count} files");

        Assert.Equal(documents.Select(Describe), RoundTrip(documents).Select(Describe));
    }
}
