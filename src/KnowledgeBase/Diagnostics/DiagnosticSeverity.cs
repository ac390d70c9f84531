namespace KnowledgeBase.Diagnostics;

/// <summary>How bad a finding is. Errors stop a build; warnings become errors under <c>--strict</c>.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
