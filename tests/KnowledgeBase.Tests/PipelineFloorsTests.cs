using System.Text.RegularExpressions;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests;

/// <summary>
/// The library is a pipeline of floors, and no dependency points up it (ARCHITECTURE.md draws them):
/// a stage may use the stages before it and the foundations, never one after it. Read from the sources
/// themselves, so it stays true as files are added.
/// </summary>
public sealed partial class PipelineFloorsTests
{
    /// <summary>Lowest first: a namespace may use its own floor and those listed before it.</summary>
    public static readonly string[] Floors =
    [
        // Foundations, below every stage.
        "Diagnostics", "Model", "Formats", "Configuration",
        // The stages, in the order a build runs them.
        "Load", "FrontMatter", "Validation", "Rendering", "Analysis", "Theming", "Output",
        // What wraps the stages (caching) and what runs them.
        "Incremental", "Pipeline",
    ];

    private static string Library => Path.Combine(RepoPaths.Root, "src", "KnowledgeBase");

    /// <summary>Each source file of the library with its code, comments left out.</summary>
    private static List<(string File, string Code)> Sources() =>
        [.. Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Library, f), Comments().Replace(File.ReadAllText(f), "")))];

    /// <summary>Every reference from one floor of the library to another, as "file: A → B".</summary>
    private static IEnumerable<(string File, string From, string To)> References()
    {
        var sources = Sources();
        // What each floor declares (its types and sub-namespaces): "Output.X" names the floor Output only
        // when X is one of them, not when Output is a property of something.
        var declared = sources
            .Where(s => FileNamespace().IsMatch(s.Code))
            .SelectMany(s => Declarations().Matches(s.Code).Select(d => d.Groups[1].Value)
                .Concat(FileNamespace().Match(s.Code).Groups[1].Value.Split('.').Skip(2))
                .Select(name => (Floor: FloorOf(FileNamespace().Match(s.Code).Groups[1].Value), Name: name)))
            .ToHashSet();
        foreach (var (file, code) in sources)
        {
            var from = FileNamespace().Match(code) is { Success: true } m ? FloorOf(m.Groups[1].Value) : null;
            if (from is null)
            {
                continue;
            }

            var named = Usings().Matches(code).Select(u => u.Groups[1].Value)
                .Concat(Qualified().Matches(code).Where(q => declared.Contains((q.Groups[1].Value, q.Groups[2].Value))).Select(q => q.Groups[1].Value));
            foreach (var to in named.Distinct(StringComparer.Ordinal))
            {
                yield return (file, from, to);
            }
        }
    }

    private static string? FloorOf(string ns) => ns.Split('.') is ["KnowledgeBase", var floor, ..] ? floor : null;

    [Fact]
    public void Every_folder_of_the_library_is_a_floor()
    {
        var folders = Directory.GetDirectories(Library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);

        Assert.Equal(Floors.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void No_file_uses_a_floor_above_its_own()
    {
        var rank = Floors.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var upward = References()
            .Where(r => rank.ContainsKey(r.From) && rank.ContainsKey(r.To) && rank[r.To] > rank[r.From])
            .Select(r => $"{r.File}: {r.From} → {r.To}")
            .ToList();

        Assert.True(upward.Count == 0, "These point up the pipeline:\n" + string.Join('\n', upward));
    }

    [Fact]
    public void The_check_sees_usings_and_qualified_names()
    {
        // The two ways a file can name another floor; a check that missed either could not fail.
        Assert.Equal("Theming", Usings().Match("using KnowledgeBase.Theming.Views;").Groups[1].Value);
        Assert.Equal(["Incremental", "BuildCache"], Qualified().Match("var x = new Incremental.BuildCache();").Groups.Values.Skip(1).Select(g => g.Value));
        Assert.DoesNotMatch(Qualified(), "cache.Analysis.KeepOnly(ids);");
        Assert.Equal("", Comments().Replace("/// <see cref=\"Incremental.BuildCache\"/>\n// Theming.X", "").Trim());
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?KnowledgeBase\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex Usings();

    /// <summary>A floor named in code: <c>KnowledgeBase.Theming.X</c>, or <c>Theming.X</c> relative to the library's namespace.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:KnowledgeBase\.)?(Diagnostics|Model|Formats|Configuration|Load|FrontMatter|Validation|Rendering|Analysis|Theming|Output|Incremental|Pipeline)\.([A-Z]\w*)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex Declarations();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comments();
}
