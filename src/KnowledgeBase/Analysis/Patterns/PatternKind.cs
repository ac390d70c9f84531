namespace KnowledgeBase.Analysis.Patterns;

/// <summary>What recurs: a tag of contributing factors, or a factor category.</summary>
public enum PatternKind
{
    FactorTag,
    Category,
}
