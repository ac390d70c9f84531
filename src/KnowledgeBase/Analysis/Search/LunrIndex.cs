using System.Collections.Immutable;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// A built search index, in the shape <c>lunr.Index.load</c> reads: the fields, one vector per field of
/// each document (term index → BM25 weight), and the inverted index sorted by term.
/// </summary>
/// <param name="DocumentRefs">Each document's ref, in the order added: the postings name documents by their place here.</param>
public sealed record LunrIndex(
    ImmutableArray<string> Fields,
    ImmutableArray<LunrFieldVector> FieldVectors,
    ImmutableSortedDictionary<string, LunrPosting> InvertedIndex,
    ImmutableArray<string> DocumentRefs)
{
    /// <summary>The lunr version whose format this is.</summary>
    public const string Version = "2.3.9";

    /// <summary>The search pipeline lunr rebuilds from the index: query words are stemmed.</summary>
    public static readonly ImmutableArray<string> SearchPipeline = ["stemmer"];
}

/// <summary>The weights of one field of one document; <see cref="FieldRef"/> is lunr's "field/ref".</summary>
public sealed record LunrFieldVector(string FieldRef, ImmutableArray<(int TermIndex, double Weight)> Elements);
