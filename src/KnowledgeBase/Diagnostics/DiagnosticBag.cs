namespace KnowledgeBase.Diagnostics;

/// <summary>
/// Collects every finding of a run so all of them are reported together, never just the first.
/// Passed explicitly to each stage; safe to add to from parallel stages.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Findings reported elsewhere (a cached stage replays the ones it reported when it ran).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _items.AddRange(diagnostics);
        }
    }

    public void Error(string path, SourcePosition position, DiagnosticCode code, string message) =>
        Add(new Diagnostic(path, position, DiagnosticSeverity.Error, code.Id, message));

    public void Warning(string path, SourcePosition position, DiagnosticCode code, string message) =>
        Add(new Diagnostic(path, position, DiagnosticSeverity.Warning, code.Id, message));

    /// <summary>Reports with the code's own default severity.</summary>
    public void Report(string path, SourcePosition position, DiagnosticCode code, string message) =>
        Add(new Diagnostic(path, position, code.DefaultSeverity, code.Id, message));

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>A sorted, de-duplicated snapshot; warnings become errors when <paramref name="strict"/> is set.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList(bool strict = false)
    {
        lock (_lock)
        {
            var list = _items
                .Select(d => strict && !d.IsError ? d with { Severity = DiagnosticSeverity.Error } : d)
                .Distinct()
                .ToList();
            list.Sort(Diagnostic.Order);
            return list;
        }
    }
}
