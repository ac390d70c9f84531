using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>
/// The per-document step: one analyser reads a whole knowledge base, reusing what it learnt of the words
/// from one document to the next, and each document's result is still what it gives that document alone.
/// </summary>
public sealed class DocumentAnalyserTests
{
    [Fact]
    public void Documents_analysed_one_after_another_get_what_each_gets_alone()
    {
        // The body is one string in the search fields and the similarity texts, as a build passes it.
        var inputs = new[]
        {
            Input("a", "Disk filled on the primary", "The primary's disk filled; failover to the replica took 12 minutes (503s). Disk alerts were silenced."),
            Input("b", "Replica lag after failover", "Failover to the replica lagged. The replica's disk was slow; the queue filled and 503s followed."),
            Input("c", "Certificate expired", "A certificate expired at midnight. Renewal was manual and the reminder went to a list nobody read."),
        };

        var shared = new DocumentAnalyser();
        var together = inputs.Select(shared.Analyse).Select(Describe).ToList();
        var alone = inputs.Select(input => Describe(new DocumentAnalyser().Analyse(input))).ToList();

        Assert.Equal(alone, together);
        Assert.Equal(together, inputs.Select(shared.Analyse).Select(Describe).ToList());
    }

    [Fact]
    public void After_the_last_document_the_words_met_are_let_go_and_a_later_document_is_analysed_as_alone()
    {
        var first = Input("a", "Disk filled on the primary", "The primary's disk filled; failover to the replica took 12 minutes.");
        var later = Input("b", "Replica lag after failover", "Failover to the replica lagged. The replica's disk was slow.");
        var analyser = new DocumentAnalyser();
        var before = analyser.Analyse(first);

        analyser.EndOfDocuments();
        var after = analyser.Analyse(later);

        // A new cache numbers its words anew: the old one, with every word of the build, is not held.
        Assert.NotSame(before.Text.Numbering, after.Text.Numbering);
        Assert.Equal(Describe(new DocumentAnalyser().Analyse(later)), Describe(after));
    }

    [Fact]
    public void Sharing_one_cache_between_search_and_similarity_changes_neither_result()
    {
        var input = new DocumentInput(
            "a",
            new Dictionary<string, LunrFieldValue>
            {
                [SearchFields.Title] = "Disk filled on the primary",
                [SearchFields.Tags] = LunrFieldValue.FromItems(["database", "disk-space"]),
                [SearchFields.Body] = "The primary's disk filled; failover to the replica took 12 minutes (503s). Disk alerts were silenced.",
            },
            [new WeightedText("Disk filled on the primary", 2), new WeightedText("failover took 12 minutes, 503s and errors", 1)],
            "Disk filled");

        AnalysedAsSearchAndSimilarityAlone(input);
    }

    [Fact]
    public void A_body_read_by_search_and_by_similarity_is_counted_as_either_would_count_it_alone()
    {
        var analysed = AnalysedAsSearchAndSimilarityAlone(Input("a", "Disk filled", "Disk filled. The disk filled again; disk alerts, disk-space alerts."));

        // Four times in the body; similarity adds the title's once, weighing two.
        Assert.Contains("disk=4", Describe(analysed.Search.Document).Split(" | ")[^1], StringComparison.Ordinal);
        Assert.Equal(6, analysed.Text.Counts[analysed.Text.Terms.IndexOf("disk")]);
    }

    /// <summary>Analyses <paramref name="input"/> and holds the result to what search and similarity give it each with a cache of its own.</summary>
    private static AnalysedDocument AnalysedAsSearchAndSimilarityAlone(DocumentInput input)
    {
        var analysed = new DocumentAnalyser().Analyse(input);
        var search = SearchIndexer.Analyse(new LunrIndexBuilder(SearchFields.All), input.SearchFields, input.ShownText);
        var text = new TermCounter().Count(input.Texts);

        Assert.Equal(Describe(search.Document), Describe(analysed.Search.Document));
        Assert.Equal(search.Excerpt.ToArray(), analysed.Search.Excerpt.ToArray());
        Assert.Equal(text.Terms.ToArray(), analysed.Text.Terms.ToArray());
        Assert.Equal(text.Counts.ToArray(), analysed.Text.Counts.ToArray());
        Assert.Equal(text.Surfaces.ToArray(), analysed.Text.Surfaces.ToArray());
        return analysed;
    }

    private static DocumentInput Input(string id, string title, string body) => new(
        id,
        new Dictionary<string, LunrFieldValue> { [SearchFields.Title] = title, [SearchFields.Body] = body },
        [new WeightedText(title, 2), new WeightedText(body, 1)],
        title);

    private static string Describe(AnalysedDocument analysed) =>
        Describe(analysed.Search.Document) + " || " + string.Join(",", analysed.Search.Excerpt)
        + " || " + string.Join(",", analysed.Text.Terms.Zip(analysed.Text.Counts, (t, c) => t + "=" + c))
        + " || " + string.Join(",", analysed.Text.Surfaces);

    private static string Describe(LunrAnalysedDocument document) =>
        string.Join(" | ", document.Fields.Select(f => f.Length + ":" + string.Join(",", f.Terms.Select(t => t.Key + "=" + t.Value))));
}
