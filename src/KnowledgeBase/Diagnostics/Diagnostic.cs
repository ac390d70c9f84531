using System.Globalization;

namespace KnowledgeBase.Diagnostics;

/// <summary>One finding about one place in one file, printed as <c>path:line:column: severity CODE: message</c>.</summary>
/// <param name="Path">The file, relative to the input folder, with forward slashes.</param>
public sealed record Diagnostic(string Path, SourcePosition Position, DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>Total order: file, line, column, code, message; so output never depends on discovery order.</summary>
    public static IComparer<Diagnostic> Order { get; } = Comparer<Diagnostic>.Create(Compare);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Path}:{Position.Line}:{Position.Column}: {(IsError ? "error" : "warning")} {Code}: {Message}");

    private static int Compare(Diagnostic? a, Diagnostic? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var c = string.CompareOrdinal(a.Path, b.Path);
        if (c == 0) c = a.Position.Line.CompareTo(b.Position.Line);
        if (c == 0) c = a.Position.Column.CompareTo(b.Position.Column);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        if (c == 0) c = a.Severity.CompareTo(b.Severity);
        return c;
    }
}
