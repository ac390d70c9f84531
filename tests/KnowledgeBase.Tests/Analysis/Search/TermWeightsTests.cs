using System.Text.Json;
using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>The search chunks write each weight from its thousandths, byte for byte as JSON writes the double lunr has.</summary>
public sealed class TermWeightsTests
{
    private static string AsJsonWritesTheDouble(int thousandths)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteNumberValue(TermWeights.Weight(thousandths));
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Written(int thousandths)
    {
        Span<byte> utf8 = stackalloc byte[TermWeights.MaxWeightBytes];
        return System.Text.Encoding.UTF8.GetString(utf8[..TermWeights.WriteWeight(thousandths, utf8)]);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(5, "0.005")]
    [InlineData(50, "0.05")]
    [InlineData(1000, "1")]
    [InlineData(1230, "1.23")]
    [InlineData(12345678, "12345.678")]
    [InlineData(-7, "-0.007")]
    [InlineData(int.MaxValue, "2147483.647")]
    [InlineData(int.MinValue, "-2147483.648")]
    public void A_weight_is_written_as_the_shortest_decimal(int thousandths, string expected)
    {
        Assert.Equal(expected, Written(thousandths));
        Assert.Equal(AsJsonWritesTheDouble(thousandths), Written(thousandths));
    }

    [Fact]
    public void Every_weight_a_search_index_holds_is_written_as_JSON_writes_its_double()
    {
        // Every weight up to 200 (BM25 weights of real indexes stay well below), then a spread beyond.
        var random = new Random(21);
        var thousandths = Enumerable.Range(-1000, 201_000).Concat(Enumerable.Range(0, 20_000).Select(_ => random.Next(int.MinValue, int.MaxValue)));
        foreach (var value in thousandths)
        {
            var expected = AsJsonWritesTheDouble(value);
            if (Written(value) != expected)
            {
                Assert.Fail($"{value}: wrote {Written(value)}, JSON writes {expected}");
            }
        }
    }
}
