namespace KnowledgeBase.Bench;

/// <summary>
/// A shape of generated corpus, chosen with <c>--profile NAME</c> on every command that generates one:
/// <c>composed</c> (the default, <see cref="PostmortemGenerator"/>) or <c>longtail</c>
/// (<see cref="LongTailGenerator"/>, issue 21). Each profile keeps its own folders in the temp folder, so
/// a cached corpus of one is never read as the other; the composed profile keeps the names it always had.
/// </summary>
public sealed class CorpusProfile
{
    public static readonly CorpusProfile Composed = new("composed", (folder, count, seed) => new PostmortemGenerator(seed).Write(folder, count));
    public static readonly CorpusProfile LongTail = new("longtail", (folder, count, seed) => new LongTailGenerator(seed).Write(folder, count));
    public static readonly IReadOnlyList<CorpusProfile> All = [Composed, LongTail];

    private readonly Action<string, int, int> _write;

    private CorpusProfile(string name, Action<string, int, int> write)
    {
        Name = name;
        _write = write;
    }

    public string Name { get; }

    /// <summary>Writes <paramref name="count"/> postmortems of this shape from <paramref name="seed"/> into <paramref name="folder"/>.</summary>
    public void Write(string folder, int count, int seed) => _write(folder, count, seed);

    /// <summary>
    /// A folder of the temp folder for this profile, size and seed: <c>kb-bench[-PROFILE][-USE]-N-SEED</c>
    /// (no profile part for the composed one, as before profiles existed).
    /// </summary>
    public string Folder(string? use, int count, int seed)
    {
        var profile = this == Composed ? "" : "-" + Name;
        var what = string.IsNullOrEmpty(use) ? "" : "-" + use;
        return Path.Combine(Path.GetTempPath(), $"kb-bench{profile}{what}-{count}-{seed}");
    }

    /// <summary>The corpus of this profile, size and seed, generated on first use and kept for the next command.</summary>
    public string Cached(int count, int seed)
    {
        var folder = Folder(null, count, seed);
        if (!Directory.Exists(folder))
        {
            // Written aside and moved into place whole: a run stopped half-way never leaves a partial corpus to be reused.
            var partial = folder + ".partial";
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }

            Write(partial, count, seed);
            Directory.Move(partial, folder);
        }

        return folder;
    }

    /// <summary>
    /// The profile named by <c>--profile NAME</c> (or <c>--profile=NAME</c>) anywhere in
    /// <paramref name="args"/>, and the arguments without it; the composed profile when none is given.
    /// Null, after saying why, for a name no profile has.
    /// </summary>
    public static (CorpusProfile? Profile, string[] Others) Take(string[] args)
    {
        var rest = new List<string>();
        string? name = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--profile" && i + 1 < args.Length)
            {
                name = args[++i];
            }
            else if (args[i].StartsWith("--profile=", StringComparison.Ordinal))
            {
                name = args[i]["--profile=".Length..];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (name is null)
        {
            return (Composed, [.. rest]);
        }

        var profile = All.FirstOrDefault(p => p.Name == name);
        if (profile is null)
        {
            Console.Error.WriteLine($"unknown profile '{name}': {string.Join(", ", All.Select(p => p.Name))}");
        }

        return (profile, [.. rest]);
    }
}
