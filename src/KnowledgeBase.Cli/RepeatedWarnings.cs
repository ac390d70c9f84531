using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli;

/// <summary>
/// A warning that a large archive raises for thousands of files (a similarity check, a missing field)
/// would bury everything else: past <see cref="Shown"/> of one code, the rest are counted, not printed,
/// unless the user asks for them all (<c>--verbose</c>). Errors are always printed whole: each one must be
/// fixed before the site is written.
/// </summary>
internal static class RepeatedWarnings
{
    /// <summary>How many warnings of one code are printed before the rest are summarised.</summary>
    public const int Shown = 20;

    /// <summary>The findings to print, and for each code cut short, how many of its warnings were left out.</summary>
    public static (IReadOnlyList<Diagnostic> Printed, IReadOnlyList<(string Code, int Omitted)> Omitted) Cut(IReadOnlyList<Diagnostic> sorted)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var printed = new List<Diagnostic>(sorted.Count);
        foreach (var d in sorted)
        {
            var count = seen[d.Code] = seen.GetValueOrDefault(d.Code) + (d.IsError ? 0 : 1);
            if (d.IsError || count <= Shown)
            {
                printed.Add(d);
            }
        }

        return (printed, [.. seen.Where(s => s.Value > Shown).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value - Shown))]);
    }

    /// <summary>Counted as the summary line counts findings (<see cref="Words"/>).</summary>
    public static string Summary(string code, int omitted) => $"kb: {Words.Count(omitted, $"more {code} warning")} not shown (--verbose prints every one)";
}
