namespace KnowledgeBase.Configuration;

/// <summary>Bounds on what one build reads, so a hostile or mistaken file cannot exhaust the machine.</summary>
public sealed record InputLimits
{
    public static readonly InputLimits Default = new();

    /// <summary>Largest postmortem file read, in bytes (the longest real postmortems are under 100 kB).</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>How deep front-matter YAML may nest.</summary>
    public int MaxYamlDepth { get; init; } = 16;

    /// <summary>How many postmortem files one build reads.</summary>
    public int MaxFiles { get; init; } = 100_000;
}
