using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Theming;

/// <summary>
/// Two pages planned at the same path (compared case-insensitively, as macOS and Windows file systems do)
/// would overwrite each other. Ids are checked earlier; this catches every other way it can happen.
/// </summary>
public static class DuplicatePaths
{
    public static void Check(IEnumerable<PlannedPage> pages, DiagnosticBag diagnostics)
    {
        foreach (var group in pages.GroupBy(p => p.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            diagnostics.Report(".", SourcePosition.Start, DiagnosticCodes.DuplicateOutputPath,
                $"{group.Count()} pages would be written to '{group.Key}': " + string.Join(", ", group.Select(p => $"'{p.Title}'")));
        }
    }
}
