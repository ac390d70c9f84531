using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
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

    /// <summary>
    /// Score buffers for queries running in parallel: each query takes one and gives it back, so none
    /// allocates its own. A stack, not a bag: a bag locks when a buffer moves between threads.
    /// </summary>
    private readonly ConcurrentStack<ScoreBuffer> _buffers = [];

    /// <param name="bodyText">The plain text of an incident's body.</param>
    /// <param name="memo">Term counts kept by earlier builds of the same process.</param>
    public SimilarityIndex(IReadOnlyList<RenderedPostmortem> incidents, SimilaritySettings settings, Func<RenderedPostmortem, string> bodyText, AnalysisMemo? memo = null)
    {
        _incidents = incidents;
        _settings = settings;
        // The index keeps each incident's keywords only (no text): its words are counted once, as TextSignal
        // is built, and a large knowledge base's texts are not held twice.
        _documents = [.. incidents.Select(i => new SimilarityDocument(i.Id, KeywordsOf(i.Postmortem), Text: ""))];
        _keywords = new KeywordSignal(_documents, settings);
        _text = new TextSignal([.. incidents.Select(i => i.Id)], d => TextsOf(incidents[d].Postmortem, incidents[d].Summary, bodyText(incidents[d])), memo);
        _byId = incidents.Select((incident, index) => (incident.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
    }

    /// <summary>What similarity reads from a postmortem. Used for drafts too, which may have little of it.</summary>
    public static SimilarityDocument DocumentOf(Postmortem p, string summary, string bodyText) =>
        new(p.Id, KeywordsOf(p), string.Join('\n', TextsOf(p, summary, bodyText)));

    private static ImmutableArray<(KeywordKind Kind, string Value)> KeywordsOf(Postmortem p) =>
        [.. p.Tags.Concat(p.ContributingFactors.SelectMany(f => f.Tags)).Select(t => (KeywordKind.Tag, t.ToLowerInvariant()))
            .Concat(p.Services.Select(s => (KeywordKind.Service, s.ToLowerInvariant())))
            .Concat(p.ContributingFactors.Where(f => f.Category.Length > 0).Select(f => (KeywordKind.Category, f.Category.ToLowerInvariant())))
            .Distinct()];

    /// <summary>The words similarity compares: title, impact, summary and body.</summary>
    private static string[] TextsOf(Postmortem p, string summary, string bodyText) => [p.Title, p.Impact ?? "", summary, bodyText];

    /// <summary>The incidents most similar to incident <paramref name="id"/>, itself excluded.</summary>
    public IReadOnlyList<SimilarIncident> SimilarTo(string id, int top) => Similar(_documents[_byId[id]], _text.VectorOf(_byId[id]), exclude: id, top);

    /// <summary>
    /// As <see cref="SimilarTo"/>, but only the incidents <paramref name="explain"/> picks from the ranked
    /// list get their reasons; the others keep none (a site explains only what its pages show).
    /// </summary>
    public IReadOnlyList<SimilarIncident> SimilarTo(string id, int top, Func<IReadOnlyList<SimilarIncident>, IEnumerable<SimilarIncident>> explain)
    {
        var query = _documents[_byId[id]];
        var vector = _text.VectorOf(_byId[id]);
        var ranked = Rank(query, vector, exclude: id, top);
        var chosen = explain([.. ranked.Select(r => r.Incident)]).Select(s => s.Target.Id).ToHashSet(StringComparer.Ordinal);
        return [.. ranked.Select(r => chosen.Contains(r.Incident.Target.Id) ? r.Incident with { Reasons = Reasons(query, r.Doc, vector, r.Text) } : r.Incident)];
    }

    /// <summary>The incidents most similar to any document (a draft), scoring at least the minimum.</summary>
    public IReadOnlyList<SimilarIncident> Similar(SimilarityDocument query, string? exclude, int top) =>
        Similar(query, _text.VectorOf(query), exclude, top);

    private List<SimilarIncident> Similar(SimilarityDocument query, Dictionary<string, double> queryVector, string? exclude, int top) =>
        [.. Rank(query, queryVector, exclude, top).Select(r => r.Incident with { Reasons = Reasons(query, r.Doc, queryVector, r.Text) })];

    /// <summary>More than rounding to four places can add to a score: a score below the minimum by more cannot reach it.</summary>
    private const double RoundingSlack = 0.0001;

    /// <summary>The best <paramref name="top"/> in <see cref="Order"/>, without reasons yet.</summary>
    private List<(SimilarIncident Incident, int Doc, double Text)> Rank(SimilarityDocument query, Dictionary<string, double> queryVector, string? exclude, int top)
    {
        if (_settings.Keywords + _settings.Text <= 0 || top <= 0)
        {
            return [];
        }

        if (!_buffers.TryPop(out var buffer))
        {
            buffer = new ScoreBuffer(_incidents.Count);
        }

        _keywords.Score(query, buffer);
        _text.Score(queryVector, buffer);
        var total = _settings.Keywords + _settings.Text;

        // This loop runs for every incident sharing anything with the query (thousands per query on a large
        // knowledge base), so it reads only the score arrays: the excluded incident is known by its index,
        // not by reading each candidate's id, and only scores near the minimum are rounded.
        var excluded = exclude is not null && _byId.TryGetValue(exclude, out var index) ? index : -1;
        var cutoff = _settings.MinScore - RoundingSlack;
        var scored = buffer.Scored;
        scored.Clear();
        foreach (var d in buffer.Touched)
        {
            var text = Math.Min(1, buffer.Text[d]);
            var exact = (_settings.Keywords * buffer.Keyword[d] + _settings.Text * text) / total;
            if (exact < cutoff || d == excluded)
            {
                continue;
            }

            var score = Math.Round(exact, 4);
            if (score >= _settings.MinScore)
            {
                scored.Add((d, score, text));
            }
        }

        buffer.Clear();

        // Only candidates scoring at least the top-th best score can be shown: keep those (ties included)
        // before the full ordering, which otherwise sorts thousands of candidates per incident.
        if (scored.Count > top)
        {
            var best = new PriorityQueue<double, double>(top);
            foreach (var (_, score, _) in scored)
            {
                if (best.Count < top)
                {
                    best.Enqueue(score, score);
                }
                else if (score > best.Peek())
                {
                    best.DequeueEnqueue(score, score);
                }
            }

            var threshold = best.Peek();
            scored.RemoveAll(s => s.Score < threshold);
        }

        // Reasons cost more than scores: rank first, then explain only what is shown.
        List<(SimilarIncident Incident, int Doc, double Text)> ranked = [.. scored
            .Select(s => (Incident: new SimilarIncident(_incidents[s.Doc], s.Score, [], Linked: false), s.Doc, s.Text))
            .OrderBy(x => x.Incident, Order)
            .Take(top)];
        _buffers.Push(buffer);
        return ranked;
    }

    /// <summary>Score, then newest first (undated last), then id: a total order, so output never depends on chance.</summary>
    public static IComparer<SimilarIncident> Order { get; } = Comparer<SimilarIncident>.Create((a, b) =>
    {
        var c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : IncidentOrder.NewestFirst.Compare(a.Target.Postmortem, b.Target.Postmortem);
    });

    private ImmutableArray<string> Reasons(SimilarityDocument query, int other, Dictionary<string, double> queryVector, double textScore)
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
