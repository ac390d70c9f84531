using System.Collections.Immutable;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis;

/// <summary>One value of a taxonomy (the tag "dns", the service "checkout") and the incidents that carry it, newest first.</summary>
public sealed record TaxonomyTerm(string Slug, string Name, string Description, ImmutableArray<RenderedPostmortem> Incidents)
{
    public int Count => Incidents.Length;
}
