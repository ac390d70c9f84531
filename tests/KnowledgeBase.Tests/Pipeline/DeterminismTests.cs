using KnowledgeBase.Pipeline;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

public sealed class DeterminismTests : IDisposable
{
    private readonly TempDirectory _root = new("determinism");

    public void Dispose() => _root.Dispose();

    private SortedDictionary<string, string> Build(string input, string output)
    {
        var result = Builds.Run(input, _root[output]);
        Assert.True(result.Succeeded && result.Written, result.Diagnostics.Dump());
        return FileTree.Hashes(_root[output]);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = Build(RepoPaths.Input, "first");
        var second = Build(RepoPaths.Input, "second-with-another-name");

        Assert.Equal(first.Keys, second.Keys);
        Assert.Equal(first, second);
        Assert.True(first.Count > 60);
    }

    [Fact]
    public void Input_written_in_reverse_order_into_a_differently_named_folder_builds_the_same_site()
    {
        FileTree.Copy(RepoPaths.Input, _root["another input name"], reverse: true);

        var original = Build(RepoPaths.Input, "a");
        var copy = Build(_root["another input name"], "b");

        Assert.Equal(original.Keys, copy.Keys);
        Assert.Equal(original, copy);
    }

    [CorpusFact("public-postmortems")]
    public void A_one_off_build_keeping_bodies_on_disk_writes_the_same_site_as_a_build_holding_them_in_memory()
    {
        // Run keeps the rendered bodies and their text in a temporary file until they are needed;
        // Prepare then Write (as kb serve and the tools do) holds them in memory.
        var spilled = Build(RepoPaths.PublicPostmortems, "spilled");
        var options = Builds.Options(RepoPaths.PublicPostmortems, _root["in-memory"]);
        var builder = new SiteBuilder();
        var result = builder.Write(builder.Prepare(options), options);
        Assert.True(result.Succeeded && result.Written, result.Diagnostics.Dump());

        Assert.Equal(spilled, FileTree.Hashes(_root["in-memory"]));
    }

    [CorpusFact("public-postmortems")]
    public void Corpus_builds_are_byte_identical_too()
    {
        var first = Build(RepoPaths.PublicPostmortems, "corpus-1");
        FileTree.Copy(RepoPaths.PublicPostmortems, _root["corpus-reversed"], reverse: true);
        var second = Build(_root["corpus-reversed"], "corpus-2");

        Assert.Equal(first, second);
    }
}
