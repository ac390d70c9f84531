using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>The build cache's per-document analysis files: reused when sound, made again when not.</summary>
public sealed class AnalysisMemoTests : IDisposable
{
    private readonly TempDirectory _folder = new("memo");

    public void Dispose() => _folder.Dispose();

    private static TermCounts Counts() => new(new() { ["disk"] = 2 }, new() { ["disk"] = "disk" });

    /// <summary>Asks a fresh memo (a new process) for the counts of one text; says whether it had to count.</summary>
    private bool Counted(out TermCounts result)
    {
        var counted = false;
        result = new AnalysisMemo(_folder.Path).Text("a", "the disk filled the disk", () =>
        {
            counted = true;
            return Counts();
        });
        return counted;
    }

    [Fact]
    public void A_later_build_reads_the_counts_an_earlier_one_filed()
    {
        Assert.True(Counted(out _));

        Assert.False(Counted(out var again));
        Assert.Equal(2, again.Counts["disk"]);
    }

    [Fact]
    public void A_damaged_file_is_counted_again_and_written_anew()
    {
        Assert.True(Counted(out _));
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "text")));
        File.WriteAllText(file, "{ not json");

        Assert.True(Counted(out var recounted));
        Assert.Equal(2, recounted.Counts["disk"]);
        Assert.False(Counted(out _));
    }
}
