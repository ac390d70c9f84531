using KnowledgeBase.Configuration;
using KnowledgeBase.Load;

namespace KnowledgeBase.Pipeline;

/// <summary>What one build reads, where it writes, and how.</summary>
/// <param name="BuildTime">The build's clock: <c>SOURCE_DATE_EPOCH</c> when set, so rebuilds are byte-identical.</param>
public sealed record BuildOptions(string InputDirectory, string ThemeDirectory, DateTimeOffset BuildTime)
{
    /// <summary>Null for a check: everything but writing.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Overrides kb.yml's base_url.</summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>Warnings count as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>The integration gate's findings are errors (<c>--gate</c>), as <c>gate: true</c> in kb.yml makes them.</summary>
    public bool Gate { get; init; }

    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>A settings file read instead of the input's kb.yml (<c>--config</c>), as Hugo's <c>--config</c>.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Keep the whole search index in the site model (<c>SearchData.Index</c>), for comparing it with lunr.js.</summary>
    public bool KeepSearchIndex { get; init; }
}
