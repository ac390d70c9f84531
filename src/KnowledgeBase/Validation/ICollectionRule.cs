using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Validation;

/// <summary>A check that needs every postmortem at once (unique ids, references between them).</summary>
public interface ICollectionRule
{
    void Check(IReadOnlyList<Postmortem> postmortems, DiagnosticBag diagnostics);
}
