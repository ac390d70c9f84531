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
        Assert.Equal(first.Search.Excerpt, again.Search.Excerpt);
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
        // The entry is JSON; its first brace, turned into something else, leaves the pack whole and the entry unreadable.
        var bytes = File.ReadAllBytes(PackPath);
        bytes[Array.IndexOf(bytes, (byte)'{', 16)] = (byte)'!';
        File.WriteAllBytes(PackPath, bytes);

        Assert.Equal(1, Computed(Input("the disk filled the disk"), out var again));
        Assert.Equal(4, again.Text.CountOf("disk")); // twice in the title, which weighs 2, and twice in the body
        Assert.Equal(0, Computed(Input("the disk filled the disk"), out _));
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

        Assert.Single(CachePack.KeysOf(PackPath));
        Assert.Equal(0, Computed(Input("new text"), out _));
        Assert.Equal(1, Computed(Input("old text"), out _));
    }
}
