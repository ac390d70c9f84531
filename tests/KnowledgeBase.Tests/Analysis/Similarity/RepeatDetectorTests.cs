using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis.Similarity;

public sealed class RepeatDetectorTests
{
    private const string Fixed = "action_items:\n  - {title: fix, owner: team, status: done, closed: 2024-03-01}\n  - {title: alert, owner: team, status: done, closed: 2024-02-01}";

    private static List<PossibleRepeat> Detect(RenderedPostmortem earlier, RenderedPostmortem later, double score)
    {
        var similar = new Dictionary<string, IReadOnlyList<SimilarIncident>>
        {
            [later.Id] = [new SimilarIncident(earlier, score, [], Linked: false) { Direct = score }],
        };
        return RepeatDetector.Detect([earlier, later], similar, SimilaritySettings.Default);
    }

    [Fact]
    public void Similar_after_every_action_item_was_done_is_a_possible_repeat()
    {
        var repeat = Assert.Single(Detect(Incidents.Make("old", "date: 2024-01-01\n" + Fixed), Incidents.Make("new", "date: 2025-01-01"), 0.6));

        Assert.Equal(("new", "old"), (repeat.IncidentId, repeat.EarlierId));
        Assert.Contains("2 action items were all done by 2024-03-01", repeat.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_action_item_means_the_fix_was_not_in_place()
    {
        var earlier = Incidents.Make("old", "date: 2024-01-01\n" + Fixed + "\n  - {title: more, owner: team, status: open}");

        Assert.Empty(Detect(earlier, Incidents.Make("new", "date: 2025-01-01"), 0.6));
    }

    [Fact]
    public void Items_closed_after_the_new_incident_started_do_not_count()
    {
        Assert.Empty(Detect(Incidents.Make("old", "date: 2024-01-01\n" + Fixed), Incidents.Make("new", "date: 2024-02-15"), 0.6));
    }

    [Fact]
    public void A_score_below_the_repeat_threshold_is_not_a_repeat()
    {
        Assert.Empty(Detect(Incidents.Make("old", "date: 2024-01-01\n" + Fixed), Incidents.Make("new", "date: 2025-01-01"), SimilaritySettings.Default.RepeatScore - 0.01));
    }

    [Fact]
    public void Repeat_of_always_marks_a_repeat()
    {
        var repeat = Assert.Single(RepeatDetector.Detect(
            [Incidents.Make("old", "date: 2024-01-01"), Incidents.Make("new", "date: 2025-01-01\nrepeat_of: old")],
            new Dictionary<string, IReadOnlyList<SimilarIncident>>(), SimilaritySettings.Default));

        Assert.Equal(("new", "old", "marked as a repeat by its authors"), (repeat.IncidentId, repeat.EarlierId, repeat.Reason));
    }
}
