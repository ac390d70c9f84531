using System.Collections.Concurrent;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;

namespace KnowledgeBase.Incremental;

/// <summary>
/// Front-matter read by earlier builds of the same process (<c>kb serve</c>), by file: reused, with its
/// findings replayed, while the file's text (compared in full), the YAML depth limit and kb.yml's
/// <c>fields:</c> are the same.
/// </summary>
public sealed class ParseMemo
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Postmortem? Read(SourceFile file, PostmortemReader reader, DiagnosticBag diagnostics)
    {
        if (_entries.TryGetValue(file.RelativePath, out var kept) && kept.Depth == reader.MaxYamlDepth
            && kept.Fields.Equals(reader.FieldMap) && string.Equals(kept.Text, file.Text, StringComparison.Ordinal))
        {
            diagnostics.AddRange(kept.Findings);

            return kept.Result;
        }

        var own = new DiagnosticBag();
        var result = reader.Read(file, own);
        var findings = own.ToSortedList();
        diagnostics.AddRange(findings);

        _entries[file.RelativePath] = new Entry(file.Text, reader.MaxYamlDepth, reader.FieldMap, result, findings);
        return result;
    }

    /// <summary>Forgets files that are gone.</summary>
    public void KeepOnly(IReadOnlySet<string> paths)
    {
        foreach (var path in _entries.Keys.Where(p => !paths.Contains(p)).ToList())
        {
            _entries.TryRemove(path, out _);
        }
    }

    private sealed record Entry(string Text, int Depth, FieldMap Fields, Postmortem? Result, IReadOnlyList<Diagnostic> Findings);
}
