using System.Text.Json.Nodes;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>
/// The proof that the C# port is lunr: on the real shared corpus, every word stems the same, every field
/// yields the same terms, the serialized indexes have the same terms, postings and vectors, and lunr.js
/// answers every query from our index with the refs and scores it gives from its own.
/// </summary>
public sealed class LunrConformanceTests(LunrConformanceFixture fixture) : IClassFixture<LunrConformanceFixture>
{
    [CorpusFact("public-postmortems")]
    public void Every_distinct_word_of_the_corpus_stems_as_lunr_stems_it()
    {
        var theirs = fixture.Lunr["stems"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        var differences = fixture.Words
            .Select((word, i) => (word, ours: LunrStemmer.Stem(word), theirs: theirs[i]))
            .Where(x => x.ours != x.theirs)
            .Select(x => $"{x.word}: ours '{x.ours}', lunr '{x.theirs}'")
            .ToList();

        Assert.True(fixture.Words.Count > 4000, $"only {fixture.Words.Count} distinct words");
        Assert.Empty(differences);
    }

    [CorpusFact("public-postmortems")]
    public void Every_field_text_gives_the_terms_lunrs_index_pipeline_gives()
    {
        var theirs = fixture.Lunr["terms"]!.AsArray();

        var differences = fixture.Texts
            .Select((text, i) => (text, ours: LunrIndexBuilder.IndexPipeline(LunrTokenizer.Tokenize(text)), theirs: theirs[i]!.AsArray().Select(n => n!.GetValue<string>()).ToList()))
            .Where(x => !x.ours.SequenceEqual(x.theirs))
            .Select(x => $"'{Shorten(x.text)}': ours [{string.Join(' ', x.ours.Take(20))}], lunr [{string.Join(' ', x.theirs.Take(20))}]")
            .ToList();

        Assert.Empty(differences);
    }

    [CorpusFact("public-postmortems")]
    public void The_serialized_index_has_lunrs_terms_postings_and_vectors()
    {
        var ours = fixture.OurJson;
        var theirs = fixture.Lunr["index"]!.AsObject();

        Assert.Equal(theirs["version"]!.GetValue<string>(), ours["version"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(theirs["fields"], ours["fields"]));
        Assert.True(JsonNode.DeepEquals(theirs["pipeline"], ours["pipeline"]));

        var ourTerms = ours["invertedIndex"]!.AsArray();
        var theirTerms = theirs["invertedIndex"]!.AsArray();
        Assert.Equal(theirTerms.Count, ourTerms.Count);
        for (var i = 0; i < theirTerms.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(theirTerms[i], ourTerms[i]), $"term #{i}: lunr {theirTerms[i]!.ToJsonString()[..Math.Min(300, theirTerms[i]!.ToJsonString().Length)]}, ours {ourTerms[i]!.ToJsonString()[..Math.Min(300, ourTerms[i]!.ToJsonString().Length)]}");
        }

        var ourVectors = ours["fieldVectors"]!.AsArray();
        var theirVectors = theirs["fieldVectors"]!.AsArray();
        Assert.Equal(theirVectors.Count, ourVectors.Count);
        for (var i = 0; i < theirVectors.Count; i++)
        {
            Assert.Equal(theirVectors[i]![0]!.GetValue<string>(), ourVectors[i]![0]!.GetValue<string>());
            var a = theirVectors[i]![1]!.AsArray().Select(n => n!.GetValue<double>()).ToList();
            var b = ourVectors[i]![1]!.AsArray().Select(n => n!.GetValue<double>()).ToList();
            Assert.Equal(a, b);
        }
    }

    [CorpusFact("public-postmortems")]
    public void Lunr_answers_every_query_from_our_index_exactly_as_from_its_own()
    {
        var theirs = fixture.Lunr["lunrResults"]!.AsArray();
        var ours = fixture.Lunr["ourResults"]!.AsArray();
        var answered = 0;
        var differences = new List<string>();

        for (var q = 0; q < fixture.Queries.Count; q++)
        {
            var expected = theirs[q]!;
            var actual = ours[q]!;
            if (expected is JsonObject)
            {
                // lunr rejects the query itself: it must reject it the same way whichever index it searches.
                if (!JsonNode.DeepEquals(expected, actual)) differences.Add($"'{fixture.Queries[q]}': lunr {expected.ToJsonString()}, ours {actual.ToJsonString()}");
                continue;
            }

            var e = expected.AsArray();
            var a = actual.AsArray();
            if (e.Count > 0) answered++;
            if (e.Count != a.Count)
            {
                differences.Add($"'{fixture.Queries[q]}': lunr {e.Count} results, ours {a.Count}");
                continue;
            }

            for (var r = 0; r < e.Count; r++)
            {
                var (refE, scoreE) = (e[r]![0]!.GetValue<string>(), e[r]![1]!.GetValue<double>());
                var (refA, scoreA) = (a[r]![0]!.GetValue<string>(), a[r]![1]!.GetValue<double>());
                if (refE != refA || Math.Abs(scoreE - scoreA) > 1e-9 * Math.Max(Math.Abs(scoreE), 1e-300))
                {
                    differences.Add($"'{fixture.Queries[q]}' #{r}: lunr {refE} {scoreE:R}, ours {refA} {scoreA:R}");
                    break;
                }
            }
        }

        Assert.True(fixture.Queries.Count >= 200, $"only {fixture.Queries.Count} queries");
        Assert.True(answered >= 150, $"only {answered} queries matched anything: the comparison would prove little");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
