using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Tests.Analysis.Similarity;

/// <summary>A unit vector over term ids, strongest first, compared with another by one merge on the ids.</summary>
public sealed class TermVectorTests
{
    [Fact]
    public void Terms_read_strongest_first_as_given()
    {
        var vector = new TermVector([7, 2, 9], [0.8, 0.5, 0.3]);

        Assert.Equal(3, vector.Count);
        Assert.Equal([7, 2, 9], Enumerable.Range(0, vector.Count).Select(vector.Id));
        Assert.Equal([0.8, 0.5, 0.3], Enumerable.Range(0, vector.Count).Select(vector.Weight));
    }

    [Fact]
    public void Two_vectors_share_the_terms_both_hold_each_with_the_product_of_its_weights_in_increasing_id()
    {
        var a = new TermVector([7, 2, 9, 4], [0.8, 0.5, 0.3, 0.1]);
        var b = new TermVector([9, 3, 7], [0.9, 0.4, 0.2]);

        Assert.Equal([(7, 0.8 * 0.2), (9, 0.3 * 0.9)], a.Shared(b));
        Assert.Equal([(7, 0.2 * 0.8), (9, 0.9 * 0.3)], b.Shared(a));
        Assert.Empty(a.Shared(TermVector.Empty));
        Assert.Empty(TermVector.Empty.Shared(a));
    }
}
