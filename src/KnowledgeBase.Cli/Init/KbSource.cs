using System.Reflection;

namespace KnowledgeBase.Cli.Init;

/// <summary>
/// Where the running kb was built from, as its assembly records it. The CI that <c>kb init</c> writes builds kb
/// from source, no feed serving it, and pins the source of the kb that wrote it: CI then checks as the author's kb does.
/// </summary>
internal static class KbSource
{
    /// <summary>The informational version: the version kb was packed as, then '+' and the commit when the SDK knew it.</summary>
    private static readonly string[] Informational =
        (typeof(KbSource).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+', 2);

    /// <summary>The version kb was packed as (the project's <c>Version</c>).</summary>
    public static string Version => Informational[0];

    /// <summary>
    /// The commit kb was built from: the SDK appends it to the informational version when it builds from a git
    /// clone. Null for a build from sources without git.
    /// </summary>
    public static string? Commit => Informational is [_, var commit] && commit.Length is 40 or 64 && commit.All(char.IsAsciiHexDigit) ? commit : null;

    /// <summary>What CI checks out: the commit; without one, the tag of the version (<c>v0.1.0</c>).</summary>
    public static string Ref => Commit ?? "v" + Version;
}
