using System.Globalization;

namespace KnowledgeBase.Cli;

/// <summary>Counts as people write them: "1 error", "3 errors".</summary>
internal static class Words
{
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
