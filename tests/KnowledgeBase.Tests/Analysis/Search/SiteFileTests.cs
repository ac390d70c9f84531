using System.Text;
using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>Generated files are named by their content, so a browser may cache any of them forever.</summary>
public sealed class SiteFileTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void A_numbered_set_shares_one_hash_of_every_file_so_changing_one_renames_them_all()
    {
        var set = SiteFile.NumberedSet("search/terms/t", ".json", [Bytes("[1]"), Bytes("[2]"), Bytes("[3]")]);
        var changed = SiteFile.NumberedSet("search/terms/t", ".json", [Bytes("[1]"), Bytes("[2]"), Bytes("[4]")]);
        var again = SiteFile.NumberedSet("search/terms/t", ".json", [Bytes("[1]"), Bytes("[2]"), Bytes("[3]")]);

        var suffix = SiteFile.SetSuffix(set);
        Assert.Matches(@"^\.[0-9a-f]{10}\.json$", suffix);
        Assert.Equal(["search/terms/t0" + suffix, "search/terms/t1" + suffix, "search/terms/t2" + suffix], set.Select(f => f.Path));
        Assert.Equal(set.Select(f => f.Path), again.Select(f => f.Path));
        Assert.All(changed.Zip(set), pair => Assert.NotEqual(pair.First.Path, pair.Second.Path));
    }

    [Fact]
    public void Moving_bytes_from_one_file_of_a_set_to_the_next_changes_the_hash()
    {
        var one = SiteFile.NumberedSet("search/docs/d", ".json", [Bytes("ab"), Bytes("c")]);
        var other = SiteFile.NumberedSet("search/docs/d", ".json", [Bytes("a"), Bytes("bc")]);

        Assert.NotEqual(SiteFile.SetSuffix(one), SiteFile.SetSuffix(other));
    }
}
