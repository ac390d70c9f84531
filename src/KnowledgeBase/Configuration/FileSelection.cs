using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace KnowledgeBase.Configuration;

/// <summary>
/// Which Markdown files of the input folder are postmortems. A real archive is a git repository: its
/// README, licence and contribution guide are Markdown too, and none of them is an incident. Those are
/// skipped by name; <c>include:</c> and <c>exclude:</c> in kb.yml (globs relative to the input folder)
/// say the rest. A skipped file is simply not read: it is never an error.
/// </summary>
public sealed record FileSelection
{
    public static readonly FileSelection Default = new();

    /// <summary>
    /// Names (compared ignoring case, without extension) of the files every repository has beside its
    /// content; <c>LICENSE</c> and <c>COPYING</c> also with a suffix written in capitals, as licence files
    /// are (<c>LICENSE-MIT.md</c>), so that <c>license-server-outage.md</c> stays a postmortem.
    /// </summary>
    private static readonly string[] RepositoryFiles = ["README", "CONTRIBUTING", "CHANGELOG", "CODE_OF_CONDUCT", "SECURITY"];

    private static readonly string[] LicencePrefixes = ["LICENSE", "LICENCE", "COPYING"];

    /// <summary>Globs a postmortem must match, one at least; empty means every <c>*.md</c>.</summary>
    public ImmutableArray<string> Include
    {
        get => _include;
        init => (_include, _matcher) = (value, null);
    }

    /// <summary>Globs that leave a file out, whatever <see cref="Include"/> says.</summary>
    public ImmutableArray<string> Exclude
    {
        get => _exclude;
        init => (_exclude, _matcher) = (value, null);
    }

    private readonly ImmutableArray<string> _include = [];
    private readonly ImmutableArray<string> _exclude = [];

    // Built on first use; setting either list (with a 'with' expression too) drops it, so it always
    // matches the globs it is asked about.
    private Matcher? _matcher;

    /// <summary>Whether the file at this path (relative to the input folder, '/'-separated) is a postmortem.</summary>
    public bool IsPostmortem(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.') || IsRepositoryFile(name))
        {
            return false;
        }

        if (Include.IsDefaultOrEmpty && Exclude.IsDefaultOrEmpty)
        {
            return true;
        }

        _matcher ??= Build();
        return _matcher.Match(relativePath).HasMatches;
    }

    /// <summary>README.md, LICENSE.md, CONTRIBUTING.md and the like: about the repository, not an incident.</summary>
    public static bool IsRepositoryFile(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return RepositoryFiles.Any(n => stem.Equals(n, StringComparison.OrdinalIgnoreCase))
            || LicencePrefixes.Any(p => stem.Equals(p, StringComparison.OrdinalIgnoreCase)
                || (stem.StartsWith(p, StringComparison.Ordinal) && stem[p.Length] is '-' or '.' or '_' && !stem.Any(char.IsLower)));
    }

    private Matcher Build()
    {
        // Paths are compared as written, like git and the web server that will publish the site.
        var matcher = new Matcher(StringComparison.Ordinal);
        if (Include.IsDefaultOrEmpty)
        {
            matcher.AddInclude("**/*");
        }
        else
        {
            matcher.AddIncludePatterns(Include);
        }

        matcher.AddExcludePatterns(Exclude.IsDefault ? [] : Exclude);
        return matcher;
    }

    public bool Equals(FileSelection? other) =>
        other is not null && Include.SequenceEqual(other.Include) && Exclude.SequenceEqual(other.Exclude);

    public override int GetHashCode() => HashCode.Combine(string.Join('\0', Include), string.Join('\0', Exclude));
}
