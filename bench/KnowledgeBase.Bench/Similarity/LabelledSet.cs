using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using KnowledgeBase.Model;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Bench.Similarity;

/// <summary>
/// Real postmortems as kb reads them with their labels hidden, and the labels kept aside as the answer
/// key: a query is an incident with at least one label; a result is relevant when it shares one.
/// </summary>
public sealed class LabelledSet
{
    private readonly IReadOnlyDictionary<string, ImmutableHashSet<string>> _labels;
    private readonly Dictionary<string, string> _bodyText;

    public LabelledSet(string name, IReadOnlyList<RenderedPostmortem> incidents, IReadOnlyDictionary<string, ImmutableHashSet<string>> labels)
    {
        Name = name;
        Incidents = incidents;
        _labels = labels;
        var parser = new HtmlParser();
        _bodyText = incidents.ToDictionary(i => i.Id, i => HtmlText.Of(i.BodyHtml.ToString(), parser), StringComparer.Ordinal);
        Queries = [.. incidents.Where(i => _labels[i.Id].Count > 0).Select(i => i.Id)];
    }

    public string Name { get; }

    public IReadOnlyList<RenderedPostmortem> Incidents { get; }

    public IReadOnlyList<string> Queries { get; }

    public bool Relevant(string query, string result) => _labels[query].Overlaps(_labels[result]);

    public string BodyText(RenderedPostmortem incident) => _bodyText[incident.Id];

    /// <summary>What the baselines read: title, summary and body as plain text (never a label).</summary>
    public IReadOnlyList<(string Id, string Text)> Texts() =>
        [.. Incidents.Select(i => (i.Id, $"{i.Postmortem.Title}\n{i.Summary}\n{BodyText(i)}"))];

    /// <summary>The precision a random pick of others would have: each query's share of relevant others, averaged.</summary>
    public double RandomPrecision() =>
        Queries.Average(q => (double)Incidents.Count(i => i.Id != q && Relevant(q, i.Id)) / (Incidents.Count - 1));

    /// <summary>How many distinct labels the queries carry.</summary>
    public int LabelCount() => Queries.SelectMany(q => _labels[q]).Distinct().Count();
}
