namespace KnowledgeBase.Load;

/// <summary>The postmortem files that could be read, and how many were found (unreadable ones included).</summary>
public sealed record InputFiles(IReadOnlyList<SourceFile> Files, int Found);
