namespace KnowledgeBase.Analysis.Similarity;

/// <summary>A part of an incident's text and how many times its words count (a title says more per word than a body).</summary>
public readonly record struct WeightedText(string Text, int Weight);
