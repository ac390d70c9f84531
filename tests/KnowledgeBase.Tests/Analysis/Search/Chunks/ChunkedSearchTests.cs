using System.Text.Json.Nodes;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Search.Chunks;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Analysis.Search.Chunks;

/// <summary>
/// The chunked search returns exactly what lunr.js returns from the whole index (same documents, same
/// order, same scores to the last bit, same matched terms), while fetching only a few of the chunks.
/// </summary>
public sealed class ChunkedSearchTests(ChunkedSearchFixture fixture) : IClassFixture<ChunkedSearchFixture>
{
    [CorpusFact("public-postmortems")]
    public void Every_conformance_query_gets_lunrs_own_answer_from_the_chunks()
    {
        var compared = fixture.Answers.Where(a => !LunrFailed(a)).ToList();
        var differing = compared
            .Where(a => !JsonNode.DeepEquals(a["expected"], a["actual"]))
            .Select(a => $"{a["query"]}: expected {Shorten(a["expected"])}, got {Shorten(a["actual"])}")
            .ToList();

        Assert.True(compared.Count >= 200, $"only {compared.Count} queries compared");
        Assert.True(differing.Count == 0, $"{differing.Count} differ:\n" + string.Join('\n', differing.Take(10)));
    }

    /// <summary>
    /// A site's build files its weights straight from the index builder and never makes the whole index
    /// these tests hand to lunr.js: its search files must be that index's chunks, byte for byte.
    /// </summary>
    [CorpusFact("public-postmortems")]
    public void A_sites_search_files_are_the_chunks_of_the_whole_index_lunr_answers_from()
    {
        var corpus = Path.GetFullPath(Path.Combine(LunrJs.RepoRoot, "..", "shared", "corpus", "public-postmortems"));
        SearchData Search(bool keepIndex) => new KnowledgeBase.Pipeline.SiteBuilder()
            .Prepare(new KnowledgeBase.Pipeline.BuildOptions(corpus, Path.Combine(LunrJs.RepoRoot, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)) { KeepSearchIndex = keepIndex })
            .Site.Search;

        var site = Search(keepIndex: false);
        var kept = Search(keepIndex: true);
        var chunked = SearchChunker.Chunk(kept.Index!, kept.Documents);

        Assert.Null(site.Index);
        Assert.True(chunked.Files.Length > 10, $"only {chunked.Files.Length} files");
        Assert.Equal(Hashes(chunked), Hashes(site.Chunks));

        static IEnumerable<(string Path, string Sha256)> Hashes(ChunkedSearchData chunks) =>
            chunks.Files.Append(chunks.Manifest).Select(f => (f.Path, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Content))));
    }

    /// <summary>
    /// lunr's TokenSet merges states by a string of edge labels and node ids with no separator, so with
    /// digit labels two different states can collide; a wildcard then expands to words the index lacks
    /// and lunr throws reading '_index' of undefined. Which states collide depends on how many token sets
    /// the page made before, so no client can repeat it; the chunked client expands only to real terms.
    /// </summary>
    [CorpusFact("public-postmortems")]
    public void Where_lunr_itself_fails_on_a_wildcard_the_chunks_answer_and_that_is_rare()
    {
        var failed = fixture.Answers.Where(LunrFailed).ToList();

        Assert.True(failed.Count <= 3, $"{failed.Count} queries: " + string.Join(", ", failed.Select(a => a["query"])));
        Assert.All(failed, a => Assert.Contains('*', a["query"]!.GetValue<string>()));
        Assert.All(failed, a => Assert.IsType<JsonArray>(a["actual"]));
    }

    private static bool LunrFailed(JsonNode answer) =>
        answer["expected"] is JsonObject error && error["error"]?.GetValue<string>() == "TypeError" && answer["actual"] is JsonArray;

    [CorpusFact("public-postmortems")]
    public void Most_queries_match_something_so_the_comparison_means_something()
    {
        var matching = fixture.Answers.Count(a => a["expected"] is JsonArray { Count: > 0 });

        Assert.True(matching >= 150, $"only {matching} of {fixture.Answers.Count} queries match a document");
    }

    [CorpusFact("public-postmortems")]
    public void A_query_of_plain_words_fetches_one_chunk_per_word_at_most_and_never_the_dictionary()
    {
        var plain = fixture.Answers.Where(a => a["query"]!.GetValue<string>() is var q && q.All(c => char.IsLetter(c) || c == ' ')).ToList();
        var chunks = fixture.Chunked.Files.Count(f => f.Path.StartsWith("search/terms/", StringComparison.Ordinal));

        Assert.NotEmpty(plain);
        Assert.True(chunks >= 20, $"the corpus makes only {chunks} chunks");
        Assert.All(plain, a =>
        {
            var fetched = a["fetched"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
            var words = a["query"]!.GetValue<string>().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.False(fetched.Exists(f => f.Contains("dictionary", StringComparison.Ordinal)), $"'{a["query"]}' fetched the dictionary: {string.Join(", ", fetched)}");
            Assert.True(fetched.Count <= words, $"'{a["query"]}' fetched {fetched.Count} files for {words} words");
        });
    }

    [CorpusFact("public-postmortems")]
    public void Chunks_are_named_by_their_content_and_the_manifest_is_the_one_fixed_name()
    {
        Assert.Equal(ChunkedSearchData.ManifestPath, fixture.Chunked.Manifest.Path);
        Assert.All(fixture.Chunked.Files, f => Assert.Matches(@"^search/(terms/t[0-9]+|docs/d[0-9]+|dictionary|typo/[psw])\.[0-9a-f]{10}\.json$", f.Path));
        Assert.Equal(fixture.Chunked.Files.Length, fixture.Chunked.Files.Select(f => f.Path).Distinct().Count());
    }

    /// <summary>
    /// The typo dictionary is filed by first two letters and by last two, then length, so a misspelt
    /// word fetches a few of its parts instead of the whole dictionary. A term one edit from the word (or
    /// from its stem) keeps one of those pairs of letters, so the parts hold every such term the whole
    /// dictionary gives. What they may miss: a term two edits away at both ends of a long word, and the
    /// stem of a word one edit away when that edit is in the first two letters ("aking": "making", "make").
    /// </summary>
    [CorpusFact("public-postmortems")]
    public void A_misspelt_word_is_corrected_from_a_few_parts_of_the_typo_dictionary_as_from_the_whole()
    {
        var typos = fixture.Typos;
        var corrected = typos.Where(t => t["whole"]!.AsArray().Count > 0).ToList();
        string[] Terms(JsonNode t, string side) => [.. t[side]!.AsArray().Select(x => x!.GetValue<string>())];
        var differing = corrected.Where(t => !Terms(t, "parts").SequenceEqual(Terms(t, "whole"))).ToList();
        var parts = fixture.Chunked.Files.Count(f => f.Path.StartsWith("search/typo/", StringComparison.Ordinal));

        Assert.True(corrected.Count >= 250, $"only {corrected.Count} of {typos.Count} misspelt words have corrections");
        Assert.All(typos, t => Assert.Subset(Terms(t, "whole").ToHashSet(), Terms(t, "parts").ToHashSet()));
        Assert.All(differing, t =>
        {
            var word = t["word"]!.GetValue<string>();
            var missed = Terms(t, "whole").Except(Terms(t, "parts")).ToList();
            Assert.DoesNotContain(missed, m => OneEditApart(m, word) || OneEditApart(m, LunrStemmer.Stem(word)));
        });
        Assert.True(differing.Count <= corrected.Count / 10, $"{differing.Count} of {corrected.Count} differ");
        Assert.All(typos, t =>
        {
            var fetched = t["fetched"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
            Assert.DoesNotContain(fetched, f => f.Contains("dictionary", StringComparison.Ordinal));
            var typoParts = fetched.Count(f => f.StartsWith("search/typo/", StringComparison.Ordinal));
            Assert.True(typoParts * 8 <= parts, $"'{t["word"]}' fetched {typoParts} of {parts} parts");
        });
    }

    /// <summary>Whether one letter dropped, added, replaced, or two neighbours swapped, turns a into b.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return a == b;
        }

        var head = 0;
        while (head < Math.Min(a.Length, b.Length) && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < Math.Min(a.Length, b.Length) - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var restA = a.Length - head - tail;
        var restB = b.Length - head - tail;
        return restA + restB <= 1 || (restA == 1 && restB == 1) || (restA == 2 && restB == 2 && a[head] == b[head + 1] && a[head + 1] == b[head]);
    }

    private static string Shorten(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
