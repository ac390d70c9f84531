using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Incremental;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>The build cache's per-document analysis: reused while the input is the same, made again when not.</summary>
public sealed class CachingDocumentAnalyserTests : IDisposable
{
    private readonly TempDirectory _folder = new("analysis");

    public void Dispose() => _folder.Dispose();

    /// <summary>The step computed afresh, counting its calls.</summary>
    private sealed class CountingAnalyser : IDocumentAnalyser
    {
        private readonly DocumentAnalyser _fresh = new();

        public int Calls { get; private set; }

        public AnalysedDocument Analyse(DocumentInput input)
        {
            Calls++;
            return _fresh.Analyse(input);
        }
    }

    private static DocumentInput Input(string body, string id = "a") => new(
        id,
        new Dictionary<string, LunrFieldValue>(StringComparer.Ordinal) { [SearchFields.Title] = "Disk full", [SearchFields.Body] = body },
        [new WeightedText("Disk full", 2), new WeightedText(body, 1)],
        "Disk full\nThe disk filled.");

    private string PackPath => _folder["analysis.pack"];

    /// <summary>Analyses one input with a fresh cache on the pack (a new build, which then commits); says how many times it had to compute.</summary>
    private int Computed(DocumentInput input, out AnalysedDocument result)
    {
        var inner = new CountingAnalyser();
        using var cache = new CachingDocumentAnalyser(inner, CachePack.Open(PackPath));
        result = cache.Analyse(input);
        cache.KeepOnlyUsed();
        return inner.Calls;
    }

    [Fact]
    public void A_later_build_reads_what_an_earlier_one_filed_and_gets_the_fresh_result()
    {
        Assert.Equal(1, Computed(Input("the disk filled the disk"), out var first));

        Assert.Equal(0, Computed(Input("the disk filled the disk"), out var again));
        Assert.Equal(first.Text.Terms.ToArray(), again.Text.Terms.ToArray());
        Assert.Equal(first.Text.Counts.ToArray(), again.Text.Counts.ToArray());
        Assert.Equal(first.Text.Surfaces.ToArray(), again.Text.Surfaces.ToArray());
        Assert.Equal(first.Search.Excerpt.ToArray(), again.Search.Excerpt.ToArray());
        Assert.Equal(
            first.Search.Document.Fields.SelectMany(f => f.Terms).Select(t => (t.Key, t.Value)),
            again.Search.Document.Fields.SelectMany(f => f.Terms).Select(t => (t.Key, t.Value)));
        Assert.Equal(4, again.Text.CountOf("disk")); // twice in the title, which weighs 2, and twice in the body
    }

    [Fact]
    public void Words_read_back_are_one_copy_for_every_document_that_uses_them()
    {
        var first = Input("the disk filled", "a");
        var second = Input("the disk filled again", "b");
        using (var build = new CachingDocumentAnalyser(new DocumentAnalyser(), CachePack.Open(PackPath)))
        {
            build.Analyse(first);
            build.Analyse(second);
            build.KeepOnlyUsed();
        }

        // A later build holds every document's words at once: read back, "disk" is one string, not one per document.
        using var later = new CachingDocumentAnalyser(new CountingAnalyser(), CachePack.Open(PackPath));
        var a = later.Analyse(first).Text;
        var b = later.Analyse(second).Text;
        Assert.Same(a.Terms[a.Terms.IndexOf("disk")], b.Terms[b.Terms.IndexOf("disk")]);
        Assert.Same(a.Surfaces[0], b.Surfaces[0]);
    }

    [Fact]
    public void Changed_text_is_analysed_again()
    {
        Computed(Input("the disk filled the disk"), out _);

        Assert.Equal(1, Computed(Input("the queue filled"), out var changed));
        Assert.Contains("queue", changed.Text.Terms);
    }

    [Fact]
    public void A_damaged_entry_is_analysed_again_and_written_anew()
    {
        Computed(Input("the disk filled the disk"), out _);
        // The document's entry is the pack's first (the table of words comes last); its first number made
        // endless leaves the pack whole and the entry unreadable.
        var bytes = File.ReadAllBytes(PackPath);
        bytes.AsSpan(16, 5).Fill(0xFF);
        File.WriteAllBytes(PackPath, bytes);

        Assert.Equal(1, Computed(Input("the disk filled the disk"), out var again));
        Assert.Equal(4, again.Text.CountOf("disk")); // twice in the title, which weighs 2, and twice in the body
        Assert.Equal(0, Computed(Input("the disk filled the disk"), out _));
    }

    [Fact]
    public void Without_its_table_of_words_no_entry_is_read_back()
    {
        Computed(Input("the disk filled the disk"), out _);
        // The same pack with its entries as they were and a damaged table: they name words by numbers nothing resolves.
        var keys = CachePack.KeysOf(PackPath);
        using (var pack = CachePack.Open(PackPath))
        {
            foreach (var key in keys.Where(k => k != PackedWords.Key))
            {
                Assert.True(pack.TryGet(key, out _));
            }

            pack.Put(PackedWords.Key, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
            pack.Commit();
        }

        Assert.Equal(1, Computed(Input("the disk filled the disk"), out var again));
        Assert.Equal(4, again.Text.CountOf("disk"));
    }

    [Fact]
    public void The_table_keeps_only_the_words_of_the_documents_the_last_build_used()
    {
        Computed(Input("the zeppelin filled"), out _);
        Assert.Contains("zeppelin", WordsInPack());

        Computed(Input("the disk filled"), out _);
        Assert.DoesNotContain("zeppelin", WordsInPack());
        Assert.Contains("disk", WordsInPack());

        // Read back and filed again: its words carry over.
        Assert.Equal(0, Computed(Input("the disk filled"), out _));
        Assert.Contains("disk", WordsInPack());
    }

    /// <summary>The words the pack's table holds.</summary>
    private List<string> WordsInPack()
    {
        using var pack = CachePack.Open(PackPath);
        Assert.True(pack.TryReadPrevious(PackedWords.Key, out var bytes));
        var words = PackedWords.Read(bytes);
        return [.. Enumerable.Range(0, words.PreviousCount).Select(words.Previous)];
    }

    [Fact]
    public void The_table_is_filed_when_the_documents_end_and_what_comes_after_is_not_kept()
    {
        var inner = new CountingAnalyser();
        using (var build = new CachingDocumentAnalyser(inner, CachePack.Open(PackPath)))
        {
            build.Analyse(Input("the disk filled", "a"));
            build.EndOfDocuments();
            var late = build.Analyse(Input("the queue filled", "b"));
            Assert.Contains("queue", late.Text.Terms);
            build.KeepOnlyUsed();
        }

        Assert.Equal(0, Computed(Input("the disk filled", "a"), out var again));
        Assert.Equal(3, again.Text.CountOf("disk")); // twice in the title, which weighs 2, and once in the body
        Assert.Equal(1, Computed(Input("the queue filled", "b"), out _));
    }

    [Fact]
    public void In_memory_a_result_is_kept_by_incident_while_its_input_is_the_same()
    {
        var inner = new CountingAnalyser();
        var cache = new CachingDocumentAnalyser(inner);

        cache.Analyse(Input("the disk filled"));
        cache.Analyse(Input("the disk filled"));
        Assert.Equal(1, inner.Calls);

        cache.Analyse(Input("the disk filled again"));
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public void Results_a_build_did_not_use_are_gone_after_it()
    {
        Computed(Input("old text"), out _);
        Computed(Input("new text"), out _);

        Assert.Single(CachePack.KeysOf(PackPath), k => k != PackedWords.Key);
        Assert.Equal(0, Computed(Input("new text"), out _));
        Assert.Equal(1, Computed(Input("old text"), out _));
    }
}
