using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>A term's postings: which documents hold it in which field, as lunr's inverted index lists them.</summary>
public sealed class LunrPostingTests
{
    private static LunrAnalysedDocument Document(params string[][] fieldTerms) =>
        new([.. fieldTerms.Select(terms => new LunrAnalysedField([.. terms.Select(t => KeyValuePair.Create(t, 1))], terms.Length))]);

    private static readonly LunrField[] Fields = [new("title", 10), new("body", 1)];

    [Fact]
    public void A_document_is_counted_once_per_field_holding_the_term_and_listed_by_field_in_the_order_added()
    {
        var builder = new LunrIndexBuilder(Fields);
        builder.Add("a", Document(["disk"], ["disk", "full"]));
        builder.Add("b", Document([], ["disk"]));
        builder.Add("c", Document(["disk"], []));

        var index = builder.Build();
        var disk = index.InvertedIndex["disk"];

        Assert.Equal(4, disk.DocumentsWithTerm);
        Assert.Equal(["a", "c"], disk.DocumentsIn(0).Select(d => index.DocumentRefs[d]));
        Assert.Equal(["a", "b"], disk.DocumentsIn(1).Select(d => index.DocumentRefs[d]));
        Assert.Empty(index.InvertedIndex["full"].DocumentsIn(0));
    }

    /// <summary>Each field's terms numbered 0, 1, … in <paramref name="numbering"/>.</summary>
    private static LunrAnalysedDocument Numbered(TermNumbering numbering, params string[][] fieldTerms) =>
        new([.. fieldTerms.Select(terms => new LunrAnalysedField([.. terms.Select(t => KeyValuePair.Create(t, 1))], terms.Length) { Numbers = [.. terms.Select((_, i) => i)] })])
        {
            Numbering = numbering,
        };

    [Fact]
    public void A_number_names_its_term_only_in_its_own_numbering()
    {
        var (one, other) = (new TermNumbering(2), new TermNumbering(2));
        var builder = new LunrIndexBuilder(Fields);
        builder.Add("a", Numbered(one, ["disk", "full"], []));
        builder.Add("b", Numbered(other, ["fire", "hangar"], []));
        builder.Add("c", Numbered(one, ["disk"], []));
        builder.Add("d", Document(["fire"], []));

        var index = builder.Build();

        Assert.Equal(["a", "c"], index.InvertedIndex["disk"].DocumentsIn(0).Select(d => index.DocumentRefs[d]));
        Assert.Equal(["b", "d"], index.InvertedIndex["fire"].DocumentsIn(0).Select(d => index.DocumentRefs[d]));
        Assert.Equal(["b"], index.InvertedIndex["hangar"].DocumentsIn(0).Select(d => index.DocumentRefs[d]));
    }

    [Fact]
    public void A_document_is_added_once_lunr_has_no_update_only_a_new_build()
    {
        var builder = new LunrIndexBuilder(Fields);
        builder.Add("a", Document(["disk"], []));

        var refused = Assert.Throws<ArgumentException>(() => builder.Add("a", Document(["disk"], [])));

        Assert.Contains("'a'", refused.Message);
        Assert.Equal(1, builder.DocumentCount);
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new LunrIndexBuilder(Fields);
        builder.Add("a", Document(["disk"], ["full"]));
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.BuildWeights());
    }
}
