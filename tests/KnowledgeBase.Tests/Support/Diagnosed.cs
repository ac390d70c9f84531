using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Tests.Support;

/// <summary>Turns findings into (code, line, column) tuples, the parts of a diagnostic tests assert on.</summary>
public static class Diagnosed
{
    public static IReadOnlyList<(string Code, int Line, int Column)> Positions(this DiagnosticBag bag) =>
        Positions(bag.ToSortedList());

    public static IReadOnlyList<(string Code, int Line, int Column)> Positions(this IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => (d.Code, d.Position.Line, d.Position.Column))];

    public static IReadOnlyList<string> Codes(this DiagnosticBag bag) => [.. bag.ToSortedList().Select(d => d.Code)];

    public static IReadOnlyList<string> Codes(this IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.Code)];

    /// <summary>The one diagnostic with <paramref name="code"/>; fails when there is none or more than one.</summary>
    public static Diagnostic One(this DiagnosticBag bag, string code) => Assert.Single(bag.ToSortedList(), d => d.Code == code);

    /// <summary>Everything reported, as printed, for assertion messages.</summary>
    public static string Dump(this DiagnosticBag bag) => Dump(bag.ToSortedList());

    public static string Dump(this IEnumerable<Diagnostic> diagnostics) => string.Join('\n', diagnostics.Select(d => d.ToString()));
}
