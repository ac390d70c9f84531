using KnowledgeBase.Model;
using KnowledgeBase.Pipeline;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>
/// A draft finds the past incidents it resembles from its title (and tags, services) alone, and the
/// template's prompts it still carries make no two drafts alike.
/// </summary>
public sealed class DraftSimilarityTests
{
    private static readonly string[] PoolExhaustion = ["2025-06-19-checkout-pool-exhaustion-repeat", "checkout-pool-exhaustion-2023"];

    /// <summary>A fresh draft as <c>kb new</c> writes it: the theme's template with a title and nothing answered.</summary>
    private static string FreshDraft(string title)
    {
        var template = File.ReadAllText(Path.Combine(RepoPaths.Theme, "new-postmortem.md"));
        var body = template[(template.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        return $"---\ntitle: {title}\ndate: 2026-12-04\nstatus: draft\n---\n{body}";
    }

    [Fact]
    public void A_title_alone_finds_the_two_checkout_pool_exhaustions_of_the_sample()
    {
        var draft = new Postmortem { Id = "new", SourcePath = "new.md", Title = "Checkout connection pool exhausted again" };

        var found = new DraftSimilarity(Builds.Options(RepoPaths.Input, null)).Find(draft, "new.md", 5);

        Assert.Equal(PoolExhaustion, found.Matches.Take(2).Select(m => m.Target.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_fresh_drafts_are_not_alike_through_the_prompts_of_the_template()
    {
        using var kb = new TempDirectory("drafts");
        FileTree.Copy(RepoPaths.Input, kb.Path);
        var checkout = kb.Write("2026-12-04-checkout.md", FreshDraft("Checkout connection pool exhausted again"));
        kb.Write("2026-12-04-dns.md", FreshDraft("DNS resolver timeouts in the cluster"));

        var found = new DraftSimilarity(Builds.Options(kb.Path, null)).Find(checkout, 5);

        Assert.Equal(PoolExhaustion, found.Matches.Take(2).Select(m => m.Target.Id).Order(StringComparer.Ordinal));
        Assert.True(found.Matches.FirstOrDefault(m => m.Target.Id == "2026-12-04-dns") is not { } dns || dns.Direct < 0.05,
            "the other draft shares only the template's prompts and headings");
    }
}
