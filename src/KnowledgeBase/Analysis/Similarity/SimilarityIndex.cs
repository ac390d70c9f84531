using System.Collections.Immutable;
using System.Globalization;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Finds the incidents most similar to an incident or to a draft, combining the keyword signal (shared
/// tags, services and factor categories, weighted by rarity) and the text signal (TF-IDF cosine). Both
/// find their candidates through inverted indexes, never by comparing all pairs. Results are in a total
/// order: score, then newest first, then id.
/// </summary>
public sealed class SimilarityIndex
{
    private readonly IReadOnlyList<RenderedPostmortem> _incidents;
    private readonly IReadOnlyList<SimilarityDocument> _documents;
    private readonly SimilaritySettings _settings;
    private readonly KeywordSignal _keywords;
    private readonly TextSignal _text;
    private readonly Dictionary<string, int> _byId;
    private readonly NeighbourRows _rows;

    /// <summary>Which match of each incident marks the background (see <see cref="Calibrate"/>); 0 when there is none.</summary>
    private readonly int _calibrationRank;

    /// <summary>Finds each row's direct matches, and lends the score buffers every query needs.</summary>
    private readonly DirectMatches _direct;

    /// <param name="rendered">The incidents with their bodies' text, in order.</param>
    /// <param name="prompts">The template's prompts, which drafts may still carry and which are not compared.</param>
    /// <remarks>Counts every incident's words itself; a build counts them once for search and similarity (see <see cref="SiteAnalyzer"/>).</remarks>
    public SimilarityIndex(IReadOnlyList<RenderedFile> rendered, SimilaritySettings settings, TemplatePrompts? prompts = null)
        : this([.. rendered.Select(r => r.Incident)], settings, new TextSignal(CountAll(rendered, prompts ?? TemplatePrompts.None), new TermCounter()), prompts)
    {
    }

    /// <param name="text">The incidents' wording, in order. Built by the caller, so the counts it was built from
    /// can be let go before the rows are ranked (at 10,000 postmortems some 100 MB).</param>
    /// <param name="prompts">The template's prompts the counts left out of drafts; a draft queried against the index leaves them out too.</param>
    public SimilarityIndex(IReadOnlyList<RenderedPostmortem> incidents, SimilaritySettings settings, TextSignal text, TemplatePrompts? prompts = null)
    {
        Prompts = prompts ?? TemplatePrompts.None;
        _incidents = incidents;
        _settings = settings;
        // The index keeps each incident's keywords only (no text): its words were counted once, before,
        // and a large knowledge base's texts are not held twice.
        _documents = [.. incidents.Select(i => new SimilarityDocument(i.Id, SimilarityInput.KeywordsOf(i.Postmortem), Text: ""))];
        _keywords = new KeywordSignal(_documents, settings);
        _text = text;
        _byId = incidents.Select((incident, index) => (incident.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        _direct = new DirectMatches(_keywords, text, settings, incidents.Count);

        // Every incident's direct row, on every core: the ranking reads its neighbours' rows.
        _rows = new NeighbourRows([.. ParallelEnumerable.Range(0, incidents.Count).AsOrdered()
            .Select(d => _direct.Row(_documents[d], _text.VectorOf(d), d, NeighbourRows.Length))]);
        _calibrationRank = incidents.Count < CalibrationMinimum ? 0 : Math.Min(20, (incidents.Count - 1) / 2);
        WeakThreshold = settings.MinScore ?? Calibrate();
    }

    /// <summary>The template's prompts this index leaves out of drafts; a draft queried against it leaves them out too.</summary>
    public TemplatePrompts Prompts { get; }

    /// <summary>Below this score a match is weak: kb.yml's <c>min_score</c>, else calibrated on this knowledge base.</summary>
    public double WeakThreshold { get; }

    /// <summary>How many incidents at most the calibration reads, evenly spread: enough for a steady median.</summary>
    private const int CalibrationSample = 500;

    /// <summary>Below this many incidents there is no background to speak of: nothing is weak.</summary>
    private const int CalibrationMinimum = 10;

    /// <summary>
    /// The score that marks the background of this knowledge base: the median, over incidents, of the score
    /// of their twentieth-best match (or the match halfway down their list, in a knowledge base of fewer than
    /// 41; none below <see cref="CalibrationMinimum"/>). Almost every incident has that many matches of that
    /// strength, so a score below it says little.
    /// Scores run higher among short summaries than among long reports, so no fixed number serves both;
    /// on the labelled sets this keeps 4.7 to 4.8 of five slots filled and lifts the precision of what is
    /// listed (bench/README.md).
    /// </summary>
    private double Calibrate()
    {
        var n = _incidents.Count;
        var rank = _calibrationRank;
        if (rank == 0)
        {
            return 0;
        }

        var step = Math.Max(1, n / CalibrationSample);
        var buffer = _direct.Rent();
        var scores = Enumerable.Range(0, n).Where(d => d % step == 0)
            .Select(d => NeighbourExpansion.Score(_rows[d], _rows, d, _settings.Neighbours, buffer).Select(s => s.Score).OrderDescending().ElementAtOrDefault(rank - 1))
            .Order()
            .ToList();
        _direct.Return(buffer);
        return Math.Round(scores[scores.Count / 2], 4);
    }

    private static List<TermCounts> CountAll(IReadOnlyList<RenderedFile> rendered, TemplatePrompts prompts)
    {
        var counter = new TermCounter();
        return [.. rendered.AsParallel().AsOrdered().Select(r => counter.Count(SimilarityInput.TextsOf(r.Incident, r.Text.Read(), prompts)))];
    }

    /// <summary>The incidents most similar to incident <paramref name="id"/>, itself excluded.</summary>
    public IReadOnlyList<SimilarIncident> SimilarTo(string id, int top) => SimilarTo(id, top, ranked => ranked);

    /// <summary>
    /// As <see cref="SimilarTo(string, int)"/>, but only the incidents <paramref name="explain"/> picks from the ranked
    /// list get their reasons; the others keep none (a site explains only what its pages show).
    /// </summary>
    public IReadOnlyList<SimilarIncident> SimilarTo(string id, int top, Func<IReadOnlyList<SimilarIncident>, IEnumerable<SimilarIncident>> explain)
    {
        var doc = _byId[id];
        var row = top <= NeighbourRows.Length ? _rows[doc] : _direct.Row(_documents[doc], _text.VectorOf(doc), doc, top);
        return Explain(_documents[doc], _text.VectorOf(doc), Rank(row, doc, top), explain);
    }

    /// <summary>
    /// The incidents most similar to any document (a draft), itself (<paramref name="exclude"/>) excluded. A draft
    /// is often a title and little else, whose scores run lower than a whole report's: a match is weak only when
    /// it is below both the knowledge base's threshold and the draft's own background (the score of its match at
    /// the rank the calibration reads), so the matches that stand out for it are never all called weak.
    /// </summary>
    public IReadOnlyList<SimilarIncident> Similar(SimilarityDocument query, string? exclude, int top)
    {
        var vector = _text.VectorOf(query);
        var excluded = exclude is not null && _byId.TryGetValue(exclude, out var index) ? index : -1;
        var row = _direct.Row(query, vector, excluded, Math.Max(top, NeighbourRows.Length));
        var ranked = Rank(row, excluded, Math.Max(top, _calibrationRank));
        var background = _calibrationRank > 0 && ranked.Count >= _calibrationRank ? ranked[_calibrationRank - 1].Incident.Score : 0;
        var threshold = Math.Min(WeakThreshold, background);
        var shown = ranked.Take(top).Select(r => (Incident: r.Incident with { Weak = r.Incident.Score < threshold }, r.Direct)).ToList();
        return Explain(query, vector, shown, ranked => ranked);
    }

    private List<SimilarIncident> Explain(SimilarityDocument query, TermVector vector,
        List<(SimilarIncident Incident, Neighbour Direct)> ranked, Func<IReadOnlyList<SimilarIncident>, IEnumerable<SimilarIncident>> explain)
    {
        var chosen = explain([.. ranked.Select(r => r.Incident)]).Select(s => s.Target.Id).ToHashSet(StringComparer.Ordinal);
        return [.. ranked.Select(r => chosen.Contains(r.Incident.Target.Id) ? r.Incident with { Reasons = Reasons(query, r.Direct.Doc, vector, r.Direct.Text) } : r.Incident)];
    }

    /// <summary>The best <paramref name="top"/> in <see cref="Order"/>, without reasons yet.</summary>
    private List<(SimilarIncident Incident, Neighbour Direct)> Rank(Neighbour[] row, int excluded, int top)
    {
        if (top <= 0 || row.Length == 0)
        {
            return [];
        }

        var buffer = _direct.Rent();
        var scored = NeighbourExpansion.Score(row, _rows, excluded, _settings.Neighbours, buffer);
        _direct.Return(buffer);

        // Scores are rounded to four places (what pages and JSON show), so equal-looking scores order by date
        // and id. Only candidates at or above the top-th best rounded score can be shown: keep those (ties
        // included) before the full ordering, which would otherwise sort hundreds of candidates per incident.
        var rounded = scored.ConvertAll(s => (s.Direct, Score: Math.Round(s.Score, 4)));
        if (rounded.Count > top)
        {
            var best = new PriorityQueue<double, double>(top);
            foreach (var (_, score) in rounded)
            {
                DirectMatches.KeepHighest(best, top, score);
            }

            var threshold = best.Peek();
            rounded.RemoveAll(s => s.Score < threshold);
        }

        List<(SimilarIncident Incident, Neighbour Direct)> ranked = [.. rounded
            .Select(s => (Incident: new SimilarIncident(_incidents[s.Direct.Doc], s.Score, [], Linked: false)
            {
                Direct = Math.Round(s.Direct.Score, 4),
                Text = Math.Round(s.Direct.Text, 4),
                Weak = s.Score < WeakThreshold,
            }, s.Direct))
            .OrderBy(x => x.Incident, Order)
            .Take(top)];
        return ranked;
    }

    /// <summary>Score, then newest first (undated last), then id: a total order, so output never depends on chance.</summary>
    public static IComparer<SimilarIncident> Order { get; } = Comparer<SimilarIncident>.Create((a, b) =>
    {
        var c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : IncidentOrder.NewestFirst.Compare(a.Target.Postmortem, b.Target.Postmortem);
    });

    private ImmutableArray<string> Reasons(SimilarityDocument query, int other, TermVector queryVector, double textScore)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        var shared = _keywords.Shared(query, _documents[other]);
        AddReason(reasons, "shared tags", shared.Where(k => k.Kind == KeywordKind.Tag).Select(k => k.Value));
        AddReason(reasons, "same services", shared.Where(k => k.Kind == KeywordKind.Service).Select(k => k.Value));
        AddReason(reasons, "same kinds of factor", shared.Where(k => k.Kind == KeywordKind.Category).Select(k => k.Value));
        if (textScore >= 0.05)
        {
            var words = _text.SharedWords(queryVector, _text.VectorOf(other), 4);
            AddReason(reasons, "similar wording", words);
        }

        return reasons.ToImmutable();
    }

    private static void AddReason(ImmutableArray<string>.Builder reasons, string what, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {string.Join(", ", list)}"));
        }
    }
}
