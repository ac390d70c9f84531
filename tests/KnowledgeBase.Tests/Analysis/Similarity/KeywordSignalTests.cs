using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;

namespace KnowledgeBase.Tests.Analysis.Similarity;

/// <summary>
/// The keyword signal scores one incident at a time and walks its postings rarest first, stopping where
/// the keywords left cannot lift an incident into the row. These hold what that stopping relies on, on a
/// seeded archive whose tags and services are as skewed as a real one's (a few on many incidents).
/// </summary>
public sealed class KeywordSignalTests
{
    private static readonly SimilaritySettings Settings = SimilaritySettings.Default;

    private static readonly List<SimilarityDocument> Archive = Generate(300, seed: 7);

    [Fact]
    public void An_incidents_score_is_the_cosine_of_the_weighted_keywords_it_shares_with_the_query()
    {
        var signal = new KeywordSignal(Archive, Settings);
        var weights = Weights(Archive);

        foreach (var query in Archive.Take(40))
        {
            var scores = signal.Query(query);
            for (var d = 0; d < Archive.Count; d++)
            {
                Assert.Equal(Cosine(query, Archive[d], weights), scores.Score(d), 12);
            }
        }
    }

    [Fact]
    public void No_incident_scores_above_the_bound_given_with_the_rarest_keyword_it_shares()
    {
        var signal = new KeywordSignal(Archive, Settings);
        var checkedIncidents = 0;

        foreach (var query in Archive)
        {
            var scores = signal.Query(query);
            var walked = scores.ByWeight().ToList();
            Assert.Equal(walked.Select(w => w.Bound).OrderDescending(), walked.Select(w => w.Bound));
            var met = new HashSet<int>();
            foreach (var (postings, bound, _) in walked)
            {
                // Met here first: every keyword it shares is this one or one after it.
                foreach (var d in postings.Where(met.Add))
                {
                    Assert.True(scores.Score(d) <= bound * (1 + 1e-12), $"incident {d}: {scores.Score(d)} over {bound}");
                    checkedIncidents++;
                }
            }
        }

        Assert.True(checkedIncidents > 10_000, $"only {checkedIncidents} incidents checked");
    }

    [Fact]
    public void The_places_marked_while_walking_every_posting_give_the_very_score_of_the_incident()
    {
        var signal = new KeywordSignal(Archive, Settings);

        foreach (var query in Archive.Take(60))
        {
            var scores = signal.Query(query);
            var shared = new ulong[Archive.Count];
            foreach (var (postings, _, place) in scores.ByWeight())
            {
                foreach (var d in postings)
                {
                    shared[d] |= 1UL << place;
                }
            }

            Assert.True(scores.CanMark);
            for (var d = 0; d < Archive.Count; d++)
            {
                // Exactly equal: a row must not depend on which way an incident was scored.
                Assert.Equal(BitConverter.DoubleToInt64Bits(scores.Score(d)), BitConverter.DoubleToInt64Bits(scores.ScoreOf(d, shared[d])));
            }
        }
    }

    /// <summary>Each keyword's weight as the signal defines it, worked out here on its own.</summary>
    private static Dictionary<(KeywordKind, string), double> Weights(List<SimilarityDocument> archive)
    {
        var frequency = archive.SelectMany(d => d.Keywords.Distinct()).CountBy(k => k).ToDictionary();
        return frequency
            .Where(f => f.Value > 1 && f.Value <= Math.Max(2, Settings.MaxKeywordShare * archive.Count))
            .ToDictionary(f => f.Key, f => (f.Key.Kind == KeywordKind.Tag ? Settings.Tags : Settings.Services) * Math.Log(((double)archive.Count / f.Value) + 1));
    }

    private static double Cosine(SimilarityDocument a, SimilarityDocument b, Dictionary<(KeywordKind, string), double> weights)
    {
        double Length(SimilarityDocument d) => Math.Sqrt(d.Keywords.Distinct().Sum(k => weights.TryGetValue(k, out var w) ? w * w : 0));
        var lengths = Length(a) * Length(b);
        return lengths == 0 ? 0 : a.Keywords.Intersect(b.Keywords).Sum(k => weights.TryGetValue(k, out var w) ? w * w : 0) / lengths;
    }

    /// <summary>2–6 tags of 40 and 1–3 services of 15, drawn with a Zipf-like skew.</summary>
    private static List<SimilarityDocument> Generate(int count, int seed)
    {
        var random = new Random(seed);
        string Skewed(string prefix, int kinds) => prefix + (int)Math.Floor(kinds * Math.Pow(random.NextDouble(), 2.5));
        return [.. Enumerable.Range(0, count).Select(i => new SimilarityDocument(
            $"incident-{i}",
            [
                .. Enumerable.Range(0, random.Next(2, 7)).Select(_ => (KeywordKind.Tag, Skewed("tag-", 40))).Distinct(),
                .. Enumerable.Range(0, random.Next(1, 4)).Select(_ => (KeywordKind.Service, Skewed("service-", 15))).Distinct(),
            ],
            ""))];
    }
}
