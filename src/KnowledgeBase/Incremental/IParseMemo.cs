using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;

namespace KnowledgeBase.Incremental;

/// <summary>
/// Front-matter read by an earlier build, reused for a file read again unchanged, its findings replayed;
/// what the reader gives is the same either way. In memory for <c>kb serve</c> (<see cref="ParseMemo"/>),
/// on disk for <c>kb build</c> (<see cref="ParsePack"/>).
/// </summary>
public interface IParseMemo
{
    /// <summary>What <paramref name="reader"/> makes of <paramref name="file"/>, reported into <paramref name="diagnostics"/>.</summary>
    Postmortem? Read(SourceFile file, PostmortemReader reader, DiagnosticBag diagnostics);

    /// <summary>Forgets files that are gone (after every file of a build was read).</summary>
    void KeepOnly(IReadOnlySet<string> paths);
}
