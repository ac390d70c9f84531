namespace KnowledgeBase.Diagnostics;

/// <summary>A stable diagnostic code. Codes never change meaning once released; the README lists them all.</summary>
public sealed record DiagnosticCode(string Id, string Name, DiagnosticSeverity DefaultSeverity, string Summary);
