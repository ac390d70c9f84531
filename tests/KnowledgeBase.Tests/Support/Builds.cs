using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Tests.Support;

/// <summary>Builds with the fixed clock every end-to-end test uses: 2026-11-26T00:00:00Z.</summary>
public static class Builds
{
    public static readonly DateTimeOffset Clock = DateTimeOffset.FromUnixTimeSeconds(1795651200);

    public static BuildOptions Options(string input, string? output, string? theme = null) =>
        new(input, theme ?? RepoPaths.Theme, Clock) { OutputDirectory = output };

    public static BuildResult Run(string input, string? output, string? theme = null) =>
        new SiteBuilder().Run(Options(input, output, theme));

    public static BuildResult Run(BuildOptions options) => new SiteBuilder().Run(options);
}
