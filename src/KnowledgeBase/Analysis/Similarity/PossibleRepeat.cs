namespace KnowledgeBase.Analysis.Similarity;

/// <summary>An incident that looks like an earlier one whose fix should have prevented it.</summary>
/// <param name="IncidentId">The later incident.</param>
/// <param name="EarlierId">The incident it repeats.</param>
/// <param name="Reason">Why, in words: marked by its authors, or similar after every action item was done.</param>
public sealed record PossibleRepeat(string IncidentId, string EarlierId, string Reason);
