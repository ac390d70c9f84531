using KnowledgeBase.Cli.Tests.Support;
using KnowledgeBase.Incremental;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>
/// `kb build` keeps the renderings of unchanged postmortems in .kb-cache/ beside the output and reuses
/// them. Whatever happened to the input in between, the site is byte for byte the one a clean build
/// (--no-cache) writes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _input;

    public IncrementalBuildTests()
    {
        _input = _temp.CopyOf(Repo.Input, "kb");
    }

    public void Dispose() => _temp.Dispose();

    private string Cached => _temp.Combine("site");

    private string CacheFolder => _temp.Combine(".kb-cache", "site");

    /// <summary>The keys of the rendered bodies the cache holds.</summary>
    private HashSet<string> BodyEntries => [.. CachePack.KeysOf(Path.Combine(CacheFolder, "bodies.pack"))];

    /// <summary>Builds with the cache, then clean into another folder, and requires the same bytes.</summary>
    private void AssertSameAsCleanBuild(string step)
    {
        var cached = Kb.Run("build", _input, "--output", Cached);
        Assert.True(cached.ExitCode == 0, $"{step}: {cached.Error}");
        var clean = Kb.Run("build", _input, "--output", _temp.Combine("clean"), "--no-cache");
        Assert.True(clean.ExitCode == 0, $"{step}: {clean.Error}");
        Assert.Equal(clean.Error.Split('\n')[..^2], cached.Error.Split('\n')[..^2]);
        Assert.Equal(Hashes.Of(_temp.Combine("clean")), Hashes.Of(Cached));
    }

    private string File(string name) => Path.Combine(_input, name);

    [Fact]
    public void A_build_leaves_one_cache_entry_per_postmortem_beside_the_output()
    {
        AssertSameAsCleanBuild("first build");

        // 14 postmortems are published or in review; the draft is not rendered without --drafts.
        Assert.Equal(14, BodyEntries.Count);
        Assert.Equal(["analysis.pack", "bodies.pack", "pages.pack"], Directory.GetFileSystemEntries(CacheFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // One digest per page written: the next build takes unchanged pages from the site instead of rendering them.
        Assert.Equal(Directory.EnumerateFiles(Cached, "*.html", SearchOption.AllDirectories).Count(), CachePack.KeysOf(Path.Combine(CacheFolder, "pages.pack")).Count);
        Assert.False(Directory.Exists(Path.Combine(Cached, ".kb-cache")), "the cache is not part of the site");
    }

    [Fact]
    public void The_one_file_per_entry_cache_of_an_older_kb_is_cleared_away()
    {
        Directory.CreateDirectory(Path.Combine(CacheFolder, "bodies"));
        System.IO.File.WriteAllText(Path.Combine(CacheFolder, "bodies", "0123.json"), "{}");
        System.IO.File.WriteAllText(Path.Combine(CacheFolder, "pages.json"), "{}");

        AssertSameAsCleanBuild("over an older cache");

        Assert.Equal(["analysis.pack", "bodies.pack", "pages.pack"], Directory.GetFileSystemEntries(CacheFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Edits_adds_renames_and_deletes_give_the_same_site_as_a_clean_build()
    {
        AssertSameAsCleanBuild("first build");
        var entries = BodyEntries;

        // An edit of one body: only its entry is new.
        var edited = File("2024-10-08-search-cache-stampede.md");
        System.IO.File.AppendAllText(edited, "\nA closing line added on review, with a [link](2023-05-09-payments-processor-timeouts.md).\n");
        AssertSameAsCleanBuild("edit");
        var afterEdit = BodyEntries;
        Assert.Single(afterEdit.Except(entries));
        Assert.Single(entries.Except(afterEdit));

        // A new postmortem that links to an existing one.
        System.IO.File.WriteAllText(File("2026-11-20-new-incident.md"),
            "---\ntitle: Label printer queue stalled\ndate: 2026-11-20\nseverity: SEV3\ntags: [queue]\nservices: [label-service]\n---\n\n## Summary\n\nThe queue stalled, as in the [checkout incident](2023-11-02-checkout-pool-exhaustion.md).\n");
        AssertSameAsCleanBuild("add");

        // A rename of a file with an explicit id keeps its page, but the repeat's link to the old file
        // name now leads nowhere: that unchanged file's page changes.
        System.IO.File.Move(File("2023-11-02-checkout-pool-exhaustion.md"), File("2023-11-checkout-pool.md"));
        var renamed = Kb.Run("build", _input, "--output", Cached);
        Assert.Contains(renamed.ErrorLines, l => l.Contains("2025-06-19-checkout-pool-exhaustion-repeat.md:70:", StringComparison.Ordinal) && l.Contains("KB4001", StringComparison.Ordinal));
        AssertSameAsCleanBuild("rename");

        System.IO.File.Delete(File("2026-11-20-new-incident.md"));
        AssertSameAsCleanBuild("delete");

        // Any edit of kb.yml (aliases, checks) renders every postmortem again.
        System.IO.File.AppendAllText(File("kb.yml"), "\nblameless_check: false\n");
        AssertSameAsCleanBuild("kb.yml edit");

        // Entries of files that are gone are removed: one per published postmortem (all but the draft) remains.
        Assert.Equal(Directory.GetFiles(_input, "*.md").Length - 1, BodyEntries.Count);
    }

    [Fact]
    public void The_site_a_build_replaces_is_kept_in_the_cache_and_the_next_build_is_written_into_it()
    {
        AssertSameAsCleanBuild("first build");
        Assert.False(Directory.Exists(Path.Combine(CacheFolder, "spare-site")), "a first build replaces nothing");

        AssertSameAsCleanBuild("second build");
        var spare = Path.Combine(CacheFolder, "spare-site");
        Assert.Equal(Hashes.Of(Cached), Hashes.Of(spare));

        // A deleted postmortem's page was in the spare; the third build, written into it, leaves it out.
        var deleted = Path.Combine(Cached, "incidents", "2024-10-08-search-cache-stampede");
        Assert.True(Directory.Exists(deleted));
        System.IO.File.Delete(File("2024-10-08-search-cache-stampede.md"));
        AssertSameAsCleanBuild("delete");
        Assert.False(Directory.Exists(deleted));
        Assert.True(Directory.Exists(Path.Combine(spare, "incidents", "2024-10-08-search-cache-stampede")));

        // Beside the output: the cache, the clean build, the input; no site left behind.
        Assert.Equal([".kb-cache", "clean", "kb", "site"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_image_added_beside_a_postmortem_is_picked_up_although_the_postmortem_did_not_change()
    {
        System.IO.File.AppendAllText(File("2024-10-08-search-cache-stampede.md"), "\n![Hit rate during the stampede](hit-rate.png)\n");
        AssertSameAsCleanBuild("image missing");
        Assert.False(System.IO.File.Exists(Path.Combine(Cached, "files", "hit-rate.png")));

        System.IO.File.WriteAllBytes(File("hit-rate.png"), [0x89, 0x50, 0x4E, 0x47]);
        AssertSameAsCleanBuild("image added");
        Assert.Contains("hit-rate.png", System.IO.File.ReadAllText(Path.Combine(Cached, "incidents", "2024-10-08-search-cache-stampede", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Script_written_into_a_linked_svg_unpublishes_it_although_the_postmortem_did_not_change()
    {
        System.IO.File.AppendAllText(File("2024-10-08-search-cache-stampede.md"), "\n![Hit rate](hit-rate.svg)\n");
        System.IO.File.WriteAllText(File("hit-rate.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>");
        AssertSameAsCleanBuild("clean svg");
        Assert.True(System.IO.File.Exists(Path.Combine(Cached, "files", "hit-rate.svg")));

        System.IO.File.WriteAllText(File("hit-rate.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"4\" height=\"4\"/></svg>");
        AssertSameAsCleanBuild("scripted svg");
        Assert.False(System.IO.File.Exists(Path.Combine(Cached, "files", "hit-rate.svg")));
    }

    [Fact]
    public void A_page_edited_by_hand_in_the_built_site_is_written_again_not_reused()
    {
        AssertSameAsCleanBuild("first build");
        var page = Path.Combine(Cached, "incidents", "2024-10-08-search-cache-stampede", "index.html");
        System.IO.File.WriteAllText(page, "<p>edited by hand</p>");

        AssertSameAsCleanBuild("after a hand edit");
    }

    [Fact]
    public void A_damaged_cache_entry_is_rendered_again()
    {
        AssertSameAsCleanBuild("first build");
        foreach (var entry in Directory.GetFiles(_temp.Combine(".kb-cache", "site"), "*", SearchOption.AllDirectories))
        {
            System.IO.File.WriteAllText(entry, "{ not json");
        }

        AssertSameAsCleanBuild("damaged cache");
    }
}
