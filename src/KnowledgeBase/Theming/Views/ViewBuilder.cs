using System.Globalization;
using KnowledgeBase.Analysis;
using KnowledgeBase.Model;

namespace KnowledgeBase.Theming.Views;

/// <summary>Turns the analysed site into the views templates read. Pure: the same model gives the same views.</summary>
public sealed class ViewBuilder(SiteModel site)
{
    private readonly DateOnly _asOf = DateOnly.FromDateTime(site.BuildTime.UtcDateTime);
    private readonly Dictionary<string, RenderedPostmortem> _byId = site.Incidents.ToDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>
    /// Each incident's summary appears on many pages (lists, every term page, others' similar lists);
    /// built once per incident, since views are pure. Safe for pages planned in parallel.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IncidentSummaryView> _summaries = new(StringComparer.Ordinal);

    /// <summary>Terms by taxonomy and slug, for the links every summary carries.</summary>
    private readonly Dictionary<(TaxonomyKind Taxonomy, string Slug), Analysis.TaxonomyTerm> _terms =
        site.Taxonomies.SelectMany(t => t.Terms.Select(term => (Key: (t.Kind, term.Slug), term)))
            .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.term);

    /// <summary>Each incident's first possible repeat, looked up by every incident page.</summary>
    private readonly Dictionary<string, Analysis.Similarity.PossibleRepeat> _repeatOf =
        site.Repeats.DistinctBy(r => r.IncidentId, StringComparer.Ordinal).ToDictionary(r => r.IncidentId, StringComparer.Ordinal);

    public DateOnly AsOf => _asOf;

    public static DateView Date(IncidentTime time) => new(time.Iso, time.Display, time.IsoDate[..4], time.IsoDate, time.DayDisplay);

    public static DateView Date(DateOnly date) => Date(new IncidentTime(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false));

    public LinkView TermLink(TaxonomyKind taxonomy, string name)
    {
        var slug = Slug.ForTerm(name);
        var term = _terms.GetValueOrDefault((taxonomy, slug));
        return new LinkView(term?.Name ?? name, SitePaths.Term(taxonomy.Folder(), slug), term?.Count ?? 0, term?.Description ?? "");
    }

    public SeverityView? Severity(string? id)
    {
        if (id is null || site.Config.FindSeverity(id) is not { } level)
        {
            return null;
        }

        return new SeverityView(level.Id, level.Label, level.Rank, SitePaths.Term("severities", Slug.From(level.Id)));
    }

    public IncidentSummaryView Summary(RenderedPostmortem incident) => _summaries.GetOrAdd(incident.Id, _ => BuildSummary(incident));

    private IncidentSummaryView BuildSummary(RenderedPostmortem incident)
    {
        var p = incident.Postmortem;
        return new IncidentSummaryView(
            p.Id, incident.PagePath, p.Title, p.Date is { } d ? Date(d) : null, Severity(p.Severity),
            StatusId(p.Status), StatusLabel(p.Status), incident.Summary, p.Impact,
            [.. p.Services.Select(s => TermLink(TaxonomyKind.Services, s))],
            [.. p.Tags.Select(t => TermLink(TaxonomyKind.Tags, t))],
            Analysis.Actions.ActionCounts.Of(p.ActionItems, _asOf).Open,
            p.IsNearMiss);
    }

    public IncidentView Incident(RenderedPostmortem incident)
    {
        var p = incident.Postmortem;
        var items = p.ActionItems.Select(ActionItem).ToList();
        var onPage = site.OnPages.GetValueOrDefault(incident.Id, Analysis.Similarity.PageSimilar.Empty);
        return new IncidentView(
            Summary(incident),
            p.Authors,
            p.Detected is { } det ? Date(det) : null,
            p.Resolved is { } res ? Date(res) : null,
            p.Published is { } pub ? Date(pub) : null,
            p.Date is { } start && p.Detected is { } detected && detected >= start && start.HasTime && detected.HasTime
                ? Durations.Format(detected.Value - start.Value) : null,
            p.TimeToResolve is { } ttr ? Durations.Format(ttr) : null,
            incident.BodyHtml,
            FactorGroups(p),
            FactorMapBuilder.Build(p, site.Config),
            items,
            Counts(Analysis.Actions.ActionCounts.Of(p.ActionItems, _asOf)),
            [.. site.Links.GetValueOrDefault(incident.Id, []).Select(l => new RelatedView(Summary(l.Target), l.Reason, Kebab(l.Kind.ToString())))],
            Similar(onPage.Earlier),
            Similar(onPage.Later),
            Similar(onPage.Undated),
            [.. onPage.Duplicates.Take(ShownDuplicates).Select(d => new DuplicateView(Summary(d.Other), d.Reason))],
            _repeatOf.TryGetValue(incident.Id, out var repeat) ? Repeat(repeat) : null,
            [.. p.Extra.Select(kv => ExtraField(kv.Key, kv.Value))],
            p.Extra,
            p.SourcePath)
        {
            MoreDuplicates = Math.Max(0, onPage.Duplicates.Length - ShownDuplicates),
        };
    }

    /// <summary>
    /// Possible duplicates an incident page lists: an archive of near-identical reports (a template filled
    /// in many times) gave one page 300 of them, 120 kB; the page lists the newest few, which make the point,
    /// and counts the rest (<c>kb check</c> lists every pair).
    /// </summary>
    private const int ShownDuplicates = 3;

    /// <summary>The similar incidents analysis chose for one of the page's groups, laid out.</summary>
    private List<SimilarView> Similar(IEnumerable<Analysis.Similarity.SimilarIncident> shown) =>
        [.. shown.Select(s => new SimilarView(Summary(s.Target), s.Score.ToString("0.00", CultureInfo.InvariantCulture), s.Reasons))];

    /// <summary>
    /// The pages of the open action items grouped by incident (newest first) or by owner, <paramref name="pageSize"/>
    /// items a page: a group cut by a page break goes on, marked as continued, on the next. Done and won't-do
    /// items are counted here and listed on their incident's page: the list is the work still to do, and
    /// listing every item twice (by incident, by owner) made it the largest part of a big archive's site.
    /// </summary>
    public IReadOnlyList<ActionsPageView> Actions(bool byOwner, int pageSize)
    {
        var report = site.Actions;
        var groups = (byOwner ? report.ByOwner() : report.ByIncident()).ToList();
        var rows = groups
            .SelectMany((group, g) => group.Rows.Where(IsOpen).Select((row, r) => (Group: g, First: r == 0, Row: row)))
            .ToList();
        var asOf = Date(_asOf);
        var totals = Counts(report.Counts());
        var firstPath = byOwner ? SitePaths.ActionsByOwner : SitePaths.Actions;
        return [.. ListPages.Cut(rows.Count, pageSize, firstPath).Select(page =>
        {
            var onPage = rows.Take(page.Entries).ToList();
            var pageGroups = onPage.GroupBy(x => x.Group).Select(part =>
            {
                var group = groups[part.Key];
                return new ActionGroupView(
                    byOwner ? group.Key : _byId[group.Key].Postmortem.Title,
                    byOwner ? "" : _byId[group.Key].PagePath,
                    group.Rows.Count(IsOpen),
                    group.Rows.Length,
                    !part.First().First,
                    [.. part.Select(x => new ActionRowView(ActionItem(x.Row.Item), Summary(_byId[x.Row.Incident.Id])))]);
            });
            return new ActionsPageView(asOf, totals, byOwner ? "owner" : "incident", [.. pageGroups], SitePaths.Actions, SitePaths.ActionsByOwner, page.Pager);
        })];
    }

    private static bool IsOpen(Analysis.Actions.ActionItemRow row) => row.Matches(Analysis.Actions.ActionWord.Open);

    public static ActionCountsView Counts(Analysis.Actions.ActionCounts counts) =>
        new(counts.Total, counts.Open, counts.InProgress, counts.Overdue, counts.Done, counts.WontDo);

    public RepeatView Repeat(Analysis.Similarity.PossibleRepeat repeat)
    {
        return new RepeatView(Summary(_byId[repeat.IncidentId]), Summary(_byId[repeat.EarlierId]), repeat.Reason);
    }

    private List<FactorGroupView> FactorGroups(Postmortem p)
    {
        var byCategory = p.ContributingFactors.GroupBy(f => f.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var groups = new List<FactorGroupView>();

        // Categories in taxonomy order, then any unknown ones (reported by validation) alphabetically.
        var order = site.Config.Categories.Select(c => c.Id).Concat(byCategory.Keys.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal);
        foreach (var category in order)
        {
            if (byCategory.TryGetValue(category, out var factors))
            {
                var link = category.Length == 0
                    ? new LinkView("Uncategorized", "", factors.Count, "")
                    : TermLink(TaxonomyKind.Categories, category);
                groups.Add(new FactorGroupView(link, [.. factors.Select(f => Factor(p, f))]));
            }
        }

        return groups;
    }

    private FactorView Factor(Postmortem p, ContributingFactor factor)
    {
        var addressedBy = Analysis.Actions.FactorCoverage.ItemsAddressing(p, factor)
            .Select(i => new FactorActionView(p.ActionItems[i].Title, ActionAnchor(i), p.ActionItems[i].Status.Name(), StatusLabel(p.ActionItems[i].Status)))
            .ToList();
        return new FactorView(
            factor.Description,
            [.. factor.Tags.Select(t => TermLink(TaxonomyKind.Tags, t))],
            factor.Id is { } id ? FactorAnchor(id) : "",
            addressedBy,
            factor.NoAction,
            !Analysis.Actions.FactorCoverage.IsCovered(p, factor));
    }

    /// <summary>The element id of a factor's entry on its incident page (and of its box in the map).</summary>
    public static string FactorAnchor(string factorId) => "kb-factor-" + factorId;

    /// <summary>The element id of the action table's row for the item at <paramref name="index"/> on its incident page.</summary>
    public static string ActionAnchor(int index) => FormattableString.Invariant($"kb-action-{index + 1}");

    public static string StatusLabel(ActionItemStatus status) => status switch
    {
        ActionItemStatus.InProgress => "In progress",
        ActionItemStatus.WontDo => "Won't do",
        var s => s.ToString(),
    };

    public ActionItemView ActionItem(ActionItem item) => new(
        item.Title, item.Owner, item.Ticket, site.Config.TicketLink(item.Ticket),
        item.Due is { } due ? Date(due) : null,
        item.Status.Name(),
        StatusLabel(item.Status),
        item.IsOverdue(_asOf),
        item.Closed is { } closed ? Date(closed) : null,
        item.Priority?.Name(),
        item.Reason,
        item.DueFromSlo,
        item.IsStrategic);

    public TermView Term(Taxonomy taxonomy, TaxonomyTerm term) => new(
        term.Name, term.Slug, SitePaths.Term(taxonomy.Key, term.Slug), term.Description, term.Count,
        [.. term.Incidents.Select(Summary)]);

    public static TaxonomyView Taxonomy(Taxonomy taxonomy)
    {
        var terms = taxonomy.Terms
            .Select(t => new LinkView(t.Name, t.Count > 0 ? SitePaths.Term(taxonomy.Key, t.Slug) : "", t.Count, t.Description))
            .ToList();
        return new TaxonomyView(taxonomy.Key, taxonomy.Title, taxonomy.Singular, taxonomy.Description,
            SitePaths.TaxonomyIndex(taxonomy.Key), terms, terms.Count == 0 ? 0 : terms.Max(t => t.Count));
    }

    private static ExtraFieldView ExtraField(string key, object value)
    {
        var text = value switch
        {
            string s => s,
            IEnumerable<object> list when value is not IDictionary<string, object> => string.Join(", ", list.Select(v => v.ToString())),
            _ => string.Join(", ", ((IDictionary<string, object>)value).Select(kv => $"{kv.Key}: {kv.Value}")),
        };
        var isWebUrl = value is string && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        var label = key.Replace('_', ' ');
        label = label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
        return new ExtraFieldView(key, label, text, isWebUrl ? text : null);
    }

    public static string StatusId(PostmortemStatus status) => status.Name();

    public static string StatusLabel(PostmortemStatus status) => status switch
    {
        PostmortemStatus.InReview => "In review",
        var s => s.ToString(),
    };

    /// <summary>"InProgress" → "in-progress": the spelling authors write in front-matter.</summary>
    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture)));
}
