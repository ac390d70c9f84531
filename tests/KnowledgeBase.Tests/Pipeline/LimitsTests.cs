using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>Bounds on what a build reads, set in kb.yml, and inputs at and past them.</summary>
public sealed class LimitsTests : IDisposable
{
    private readonly TempDirectory _input = new("limits");

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Limits_in_kb_yml_apply_to_file_size_and_yaml_depth()
    {
        _input.Write("kb.yml", "limits:\n  max_file_bytes: 200\n  max_yaml_depth: 2\n");
        _input.Write("big.md", "---\ntitle: Big\ndate: 2024-01-01\n---\n" + new string('x', 300) + "\n");
        _input.Write("deep.md", "---\ntitle: Deep\ndate: 2024-01-01\nextra: {a: {b: 1}}\n---\nBody\n");
        _input.Write("fine.md", "---\ntitle: Fine\ndate: 2024-01-01\n---\nBody\n");

        var result = Builds.Run(_input.Path, output: null);

        Assert.Equal([("big.md", "KB1009"), ("deep.md", "KB1007")], result.Diagnostics.Select(d => (d.Path, d.Code)));
    }

    [Fact]
    public void A_limit_that_is_not_a_whole_number_is_KB5001_at_its_value()
    {
        _input.Write("kb.yml", "limits:\n  max_files: lots\n");
        _input.Write("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");

        var result = Builds.Run(_input.Path, output: null);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("kb.yml", "KB5001", 2, 14), (error.Path, error.Code, error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void A_file_of_50_MB_is_refused_before_it_is_read_and_the_rest_builds()
    {
        using (var file = File.Create(_input["huge.md"]))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        _input.Write("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");

        var result = Builds.Run(_input.Path, output: null);

        Assert.Equal([("huge.md", "KB1009")], result.Diagnostics.Select(d => (d.Path, d.Code)));
        Assert.Equal(2, result.Files);
    }

    [Fact]
    public void A_line_of_100_000_characters_renders()
    {
        _input.Write("long.md", "---\ntitle: Long\ndate: 2024-01-01\n---\n" + string.Join(' ', Enumerable.Repeat("incident", 100_000 / 9)) + "\n");
        using var output = new TempDirectory("long-site");

        var result = Builds.Run(_input.Path, output["site"]);

        Assert.True(result.Written);
        Assert.Empty(result.Diagnostics);
    }
}
