using System.Collections.Immutable;
using KnowledgeBase.Incremental;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>
/// A view's digest is what tells a build that a page would render as before: equal values digest alike,
/// and any difference a template could print gives another digest.
/// </summary>
public sealed class ViewDigestTests
{
    private sealed record Link(string Name, int Count);

    private sealed record Card(string Title, string? Impact, bool NearMiss, IReadOnlyList<Link> Tags, Utf8Html Body, IReadOnlyDictionary<string, object> Extra);

    private sealed record Label(string Text);

    private sealed record Caption(string Text);

    private sealed record Box(List<object> Items);

    private static Card ACard(string title = "Queue backlog", string? impact = "slow checkout", bool nearMiss = false, string tag = "queue", int count = 3,
        string body = "<p>It backed up.</p>", string extra = "eu-west") =>
        new(title, impact, nearMiss, [new Link(tag, count), new Link("database", 7)], new Utf8Html(body),
            ImmutableSortedDictionary<string, object>.Empty.Add("region", extra).Add("teams", new List<object> { "payments" }));

    private static string Digest(object? view, ViewDigest? digest = null) => Convert.ToHexString((digest ?? new ViewDigest()).Of(view));

    [Fact]
    public void Equal_views_digest_alike_though_they_are_different_objects()
    {
        Assert.Equal(Digest(ACard()), Digest(ACard()));
        Assert.Equal(Digest(ACard()), Digest(ACard(), new ViewDigest()));
    }

    [Fact]
    public void A_difference_anywhere_a_template_could_print_gives_another_digest()
    {
        var variants = new[]
        {
            ACard(), ACard(title: "Queue backlog."), ACard(impact: null), ACard(impact: ""), ACard(nearMiss: true),
            ACard(tag: "queues"), ACard(count: 4), ACard(body: "<p>It backed up!</p>"), ACard(extra: "eu-central"),
        };

        Assert.Equal(variants.Length, variants.Select(v => Digest(v)).Distinct().Count());
    }

    [Fact]
    public void Texts_and_lists_carry_their_lengths_so_no_two_splits_read_alike()
    {
        Assert.NotEqual(Digest(new[] { "ab", "c" }), Digest(new[] { "a", "bc" }));
        Assert.NotEqual(Digest(new object[] { new[] { "a" }, Array.Empty<string>() }), Digest(new object[] { Array.Empty<string>(), new[] { "a" } }));
        Assert.NotEqual(Digest(new object?[] { null }), Digest(Array.Empty<object>()));
        Assert.NotEqual(Digest(1), Digest("1"));
    }

    [Fact]
    public void Records_of_two_types_with_the_same_values_differ()
    {
        Assert.NotEqual(Digest(new Label("Owner")), Digest(new Caption("Owner")));
    }

    [Fact]
    public void A_shared_view_is_digested_once_and_still_tells_different_values_apart()
    {
        var digest = new ViewDigest(type => type == typeof(Link));
        var shared = new Link("queue", 3);

        Assert.Equal(Digest(new[] { shared, shared }, digest), Digest(new[] { new Link("queue", 3), new Link("queue", 3) }, digest));
        Assert.NotEqual(Digest(new[] { shared }, digest), Digest(new[] { new Link("queue", 4) }, digest));
        Assert.Equal(Digest(ACard(), digest), Digest(ACard(), digest));
        Assert.NotEqual(Digest(ACard(), digest), Digest(ACard(count: 4), digest));
    }

    [Fact]
    public void A_view_that_holds_itself_is_refused_not_walked_forever()
    {
        var box = new Box([]);
        box.Items.Add(box);

        var refused = Assert.Throws<InvalidOperationException>(() => new ViewDigest().Of(box));
        Assert.Contains("cycle", refused.Message, StringComparison.Ordinal);
    }
}
