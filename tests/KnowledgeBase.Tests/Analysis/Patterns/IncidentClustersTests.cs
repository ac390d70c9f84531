using KnowledgeBase.Analysis.Patterns;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis.Patterns;

/// <summary>Groups of mutually similar incidents, on a hand-made similarity graph.</summary>
public sealed class IncidentClustersTests
{
    private static readonly RenderedPostmortem P = Incidents.Make("p", "date: 2026-05-01\ntags: [dns, cache]\nservices: [edge]");
    private static readonly RenderedPostmortem Q = Incidents.Make("q", "date: 2026-04-01\ntags: [dns]\nservices: [edge, api]");
    private static readonly RenderedPostmortem R = Incidents.Make("r", "date: 2026-03-01\ntags: [dns, queue]\nservices: [edge]");
    private static readonly RenderedPostmortem S = Incidents.Make("s", "date: 2026-02-01\ntags: [queue]");
    private static readonly RenderedPostmortem T = Incidents.Make("t", "date: 2026-01-01\ntags: [queue]");

    private static SimilarIncident To(RenderedPostmortem target, bool weak = false) => new(target, 0.5, [], false) { Weak = weak };

    [Fact]
    public void Incidents_every_two_of_which_are_among_each_other_s_closest_form_a_group_with_what_all_share()
    {
        // p, q and r list each other: a triangle. s and t list each other; s also lists p, but p does not list s.
        var similar = new Dictionary<string, IReadOnlyList<SimilarIncident>>
        {
            ["p"] = [To(Q), To(R)],
            ["q"] = [To(P), To(R)],
            ["r"] = [To(Q), To(P)],
            ["s"] = [To(T), To(P)],
            ["t"] = [To(S)],
        };

        var groups = IncidentClusters.Find([P, Q, R, S, T], similar);

        Assert.Equal([["p", "q", "r"], ["s", "t"]], groups.Select(g => g.Incidents.Ids()));
        Assert.Equal<string>(["dns"], groups[0].Tags);
        Assert.Equal<string>(["edge"], groups[0].Services);
        Assert.Equal<string>(["queue"], groups[1].Tags);
    }

    [Fact]
    public void A_chain_is_not_a_group_and_an_incident_joins_one_group_only()
    {
        // p-q and q-r are joined, p-r are not: q goes with p (the newest first), r stays alone.
        var similar = new Dictionary<string, IReadOnlyList<SimilarIncident>>
        {
            ["p"] = [To(Q)],
            ["q"] = [To(P), To(R)],
            ["r"] = [To(Q)],
        };

        var groups = IncidentClusters.Find([P, Q, R], similar);

        Assert.Equal([["p", "q"]], groups.Select(g => g.Incidents.Ids()));
    }

    [Fact]
    public void Weak_matches_and_matches_past_the_closest_three_do_not_join()
    {
        var similar = new Dictionary<string, IReadOnlyList<SimilarIncident>>
        {
            ["p"] = [To(Q, weak: true), To(R), To(S), To(T)],
            ["q"] = [To(P)],
            ["t"] = [To(P)],
            ["r"] = [To(S)],
        };

        // p-q: weak on p's side; p-t: t is fourth on p's list; p-r: r does not list p.
        Assert.Empty(IncidentClusters.Find([P, Q, R, S, T], similar));
    }
}
