using System.Text.Json.Nodes;
using KnowledgeBase.Analysis.Search.Chunks;

namespace KnowledgeBase.Tests.Analysis.Search.Chunks;

/// <summary>
/// The typo dictionary files each term under its first two letters and under its last two, each
/// followed by its length, in parts of bounded size that the index lists by their first key; short terms
/// are filed once more, together; terms with a digit are not filed.
/// </summary>
public sealed class TypoTermIndexTests
{
    private static readonly string[] Terms = ["api", "backup", "backups", "cach", "cache", "cached", "db", "deploy", "http2", "node", "nodes", "v1", "x", new string('a', 33)];

    [Fact]
    public void Every_term_without_a_digit_is_filed_under_its_first_two_letters_and_its_last_two()
    {
        var (index, parts) = TypoTermIndex.Build(Terms, partBytes: 1 << 20);
        var json = JsonNode.Parse(index)!;
        string[] Side(string name) => [.. json[name]!.AsArray().SelectMany(p => Part(parts, p!.AsArray()[1]!.GetValue<string>()))];
        string[] filed = ["api", "backup", "backups", "cach", "cache", "cached", "db", "deploy", "node", "nodes"];

        Assert.Equal(filed.Order(StringComparer.Ordinal), Side("prefix").Order(StringComparer.Ordinal));
        Assert.Equal(filed.Order(StringComparer.Ordinal), Side("suffix").Order(StringComparer.Ordinal));
        Assert.Equal(["api", "cach", "db", "node"], json["short"]!.AsArray().SelectMany(a => Part(parts, a!.GetValue<string>())).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keys_sort_by_letters_then_length_so_a_word_fetches_only_the_parts_of_its_letters_and_lengths()
    {
        var (index, parts) = TypoTermIndex.Build(Terms, partBytes: 10);
        var prefix = JsonNode.Parse(index)!["prefix"]!.AsArray().Select(p => (Key: p!.AsArray()[0]!.GetValue<string>(), Terms: Part(parts, p.AsArray()[1]!.GetValue<string>()))).ToList();

        Assert.Equal("ap03", prefix[0].Key);
        Assert.Equal(prefix.Select(p => p.Key).Order(StringComparer.Ordinal), prefix.Select(p => p.Key));
        // "cach", "cache" and "cached" share "ca" and are ordered by length: four, five, six letters.
        var ca = prefix.Where(p => p.Key.StartsWith("ca", StringComparison.Ordinal)).SelectMany(p => p.Terms).ToList();
        Assert.Equal(["cach", "cache", "cached"], ca);
        Assert.Equal("he05", TypoTermIndex.Key("cache", bySuffix: true));
        Assert.Equal("ca06", TypoTermIndex.Key("cached", bySuffix: false));
    }

    [Fact]
    public void The_parts_are_named_by_their_content_and_the_index_is_the_same_for_the_same_terms()
    {
        var first = TypoTermIndex.Build(Terms, partBytes: 10);
        var again = TypoTermIndex.Build([.. Terms.Reverse()], partBytes: 10);
        var other = TypoTermIndex.Build([.. Terms, "outage"], partBytes: 10);

        Assert.Equal(first.Index, again.Index);
        Assert.Equal(first.Parts.Select(p => p.Path), again.Parts.Select(p => p.Path));
        Assert.NotEqual(first.Parts.Select(p => p.Path), other.Parts.Select(p => p.Path));
        Assert.All(first.Parts, p => Assert.Matches(@"^search/typo/[psw]\.[0-9a-f]{10}\.json$", p.Path));
    }

    private static string[] Part(IEnumerable<KnowledgeBase.Analysis.Search.SiteFile> parts, string address) =>
        [.. JsonNode.Parse(parts.Single(p => p.Path == "search/" + address).Content)!.AsArray().Select(t => t!.GetValue<string>())];
}
