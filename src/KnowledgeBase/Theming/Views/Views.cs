using KnowledgeBase.Model;

namespace KnowledgeBase.Theming.Views;

// The shapes templates see. Members reach Liquid in snake_case (IncidentCount → incident_count).
// Every path is relative to the site root; templates put {{ page.root }} in front of it.

/// <summary>The site as a whole, on every page as <c>site</c>.</summary>
/// <param name="Has">Which dimensions have data; templates leave out the others (<c>site.has.severities</c>).</param>
public sealed record SiteView(string Title, string Description, string? BaseUrl, DateView BuildDate, int IncidentCount, IReadOnlyList<LinkView> Navigation, DimensionsView Has);

/// <summary>
/// Whether any incident records a severity, a service, a contributing factor (so a category), an action
/// item, and whether there are possible repeats (see <see cref="Analysis.SiteFacts"/>).
/// </summary>
public sealed record DimensionsView(bool Severities, bool Services, bool Categories, bool ActionItems, bool Repeats);

/// <summary>The page being written, as <c>page</c>.</summary>
/// <param name="Root">The prefix that leads back to the site root from this page ("", "../", "../../").</param>
/// <param name="Section">The navigation entry this page belongs to, for <c>aria-current</c>.</param>
public sealed record PageView(string Title, string Path, string Root, string? Canonical, string Section, string Description);

/// <summary>A link to a page with a label, and a count where one helps (tags with their number of incidents).</summary>
public sealed record LinkView(string Name, string Path, int Count, string Description);

/// <summary>A point in time as pages show it.</summary>
/// <param name="Day">The day alone, machine-readable ("2024-03-12"), and <paramref name="DayDisplay"/> its human form ("12 Mar 2024"):
/// what lists show, where the time of day of each entry would only add bytes (it is on the incident's page).</param>
public sealed record DateView(string Iso, string Display, string Year, string Day, string DayDisplay);

public sealed record SeverityView(string Id, string Label, int Rank, string Path);

/// <summary>An incident as it appears in a list.</summary>
/// <param name="NearMiss">A near miss (<c>kind: near-miss</c>), labelled wherever the incident is listed.</param>
public sealed record IncidentSummaryView(
    string Id, string Path, string Title, DateView? Date, SeverityView? Severity, string Status, string StatusLabel,
    string Summary, string? Impact, IReadOnlyList<LinkView> Services, IReadOnlyList<LinkView> Tags, int OpenActionItems, bool NearMiss);

/// <summary>The whole incident, for its own page.</summary>
public sealed record IncidentView(
    IncidentSummaryView Summary,
    IReadOnlyList<string> Authors,
    DateView? Detected,
    DateView? Resolved,
    DateView? Published,
    string? TimeToDetect,
    string? Duration,
    Utf8Html BodyHtml,
    IReadOnlyList<FactorGroupView> FactorGroups,
    FactorMapView? FactorMap,
    IReadOnlyList<ActionItemView> ActionItems,
    ActionCountsView ActionCounts,
    IReadOnlyList<RelatedView> Related,
    IReadOnlyList<SimilarView> SimilarEarlier,
    IReadOnlyList<SimilarView> SimilarLater,
    IReadOnlyList<SimilarView> SimilarUndated,
    IReadOnlyList<DuplicateView> Duplicates,
    RepeatView? Repeat,
    IReadOnlyList<ExtraFieldView> ExtraFields,
    IReadOnlyDictionary<string, object> Extra,
    string SourcePath) : IPageView
{
    /// <summary>Possible duplicates beyond those listed (<see cref="Duplicates"/> holds the newest few); <c>kb check</c> reports them all.</summary>
    public int MoreDuplicates { get; init; }
}

public sealed record FactorGroupView(LinkView Category, IReadOnlyList<FactorView> Factors);

/// <summary>
/// The contribution-factor map: the drawing (wide and narrow SVG), and its text equivalent, each
/// influence as "A influences B" and the factors that influence nothing and nothing influences.
/// </summary>
public sealed record FactorMapView(string Svg, IReadOnlyList<InfluenceView> Influences, IReadOnlyList<MapFactorView> Unlinked);

/// <summary>One arrow of the map in words; <see cref="ToAnchor"/> is empty for the impact, which has no entry of its own.</summary>
public sealed record InfluenceView(MapFactorView From, MapFactorView To, bool Backward);

/// <summary>A factor as the map names it (its description, shortened) and its entry on the page.</summary>
public sealed record MapFactorView(string Name, string Anchor);

/// <summary>A contributing factor with the action items that address it.</summary>
/// <param name="Anchor">The element id of the factor on its page ("kb-factor-pool-budget"); empty for a factor without id.</param>
/// <param name="NoAction">Why no action item addresses it, as the author wrote.</param>
/// <param name="Unaddressed">Neither addressed by an item nor explained: what the integration gate reports.</param>
public sealed record FactorView(
    string Description, IReadOnlyList<LinkView> Tags, string Anchor, IReadOnlyList<FactorActionView> AddressedBy, string? NoAction, bool Unaddressed);

/// <summary>An action item named beside a factor it addresses; <see cref="Anchor"/> is its row in the page's action table.</summary>
public sealed record FactorActionView(string Title, string Anchor, string Status, string StatusLabel);

/// <param name="Priority">"high", "medium" or "low"; null when not given.</param>
/// <param name="DueFromSlo">The due date was not written but set from kb.yml's action_slo.</param>
/// <param name="Strategic">A high-priority item tagged strategic: part of a systemic change.</param>
public sealed record ActionItemView(
    string Title, string? Owner, string? Ticket, string? TicketUrl, DateView? Due, string Status, string StatusLabel,
    bool Overdue, DateView? Closed, string? Priority, string? Reason, bool DueFromSlo, bool Strategic);

/// <summary>
/// Action items by state, as <see cref="Analysis.Actions.ActionCounts"/> counts them everywhere: open +
/// done + won't do = total; in progress and overdue are parts of open.
/// </summary>
public sealed record ActionCountsView(int Total, int Open, int InProgress, int Overdue, int Done, int WontDo);

public sealed record RelatedView(IncidentSummaryView Incident, string Reason, string Kind);

/// <summary>A front-matter field this tool does not know, shown as-is; <see cref="Url"/> is set for http(s) values.</summary>
public sealed record ExtraFieldView(string Key, string Label, string Value, string? Url);

/// <summary>One term's index page: the incidents with a tag, a service, a severity or a category.</summary>
public sealed record TermView(string Name, string Slug, string Path, string Description, int Count, IReadOnlyList<IncidentSummaryView> Incidents) : IPageView
{
    /// <summary>Which page of the term's incidents this is; <see cref="Incidents"/> holds that page's.</summary>
    public PagerView Pager { get; init; } = PagerView.OnePage(Incidents.Count);
}

/// <summary>
/// Where a page stands in its list: page <see cref="Number"/> of <see cref="Count"/>, showing entries
/// <see cref="First"/> to <see cref="Last"/> of <see cref="Total"/> (counted from 1), with links.
/// </summary>
public sealed record PagerView(int Number, int Count, int First, int Last, int Total, string? Previous, string? Next, IReadOnlyList<PagerLinkView> Links)
{
    public static PagerView OnePage(int total) => new(1, 1, Math.Min(1, total), total, total, null, null, []);
}

/// <summary>A page number linked from the pager (<see cref="Path"/> null: a gap of pages left out).</summary>
public sealed record PagerLinkView(string Label, string? Path, bool Current);

/// <summary>An overview of a taxonomy's terms with counts.</summary>
public sealed record TaxonomyView(string Key, string Title, string Singular, string Description, string Path, IReadOnlyList<LinkView> Terms, int MaxCount) : IPageView;

/// <summary>The home page: counts, most recent incidents, top tags.</summary>
/// <param name="Unclassified">Incidents without a severity, listed after the levels so the counts add up; 0 where no incident has one.</param>
public sealed record HomeView(
    IReadOnlyList<IncidentSummaryView> Recent, IReadOnlyList<LinkView> TopTags, IReadOnlyList<LinkView> Severities, int Unclassified,
    int IncidentCount, int ServiceCount, ActionCountsView Actions, DateView? Latest) : IPageView;

/// <summary>The list of all incidents in one order, with a link to the other order.</summary>
public sealed record IncidentListView(string SortedBy, IReadOnlyList<IncidentSummaryView> Incidents, string DatePath, string SeverityPath, PagerView Pager) : IPageView;

/// <summary>The search page: where its data lives, and the facet values with their counts over all incidents.</summary>
public sealed record SearchPageView(string ManifestUrl, string FacetsUrl, IReadOnlyList<LinkView> Tags, IReadOnlyList<LinkView> Services, IReadOnlyList<LinkView> Severities) : IPageView;

/// <summary>A similar incident on an incident page, with the reasons it is similar.</summary>
public sealed record SimilarView(IncidentSummaryView Incident, string Score, IReadOnlyList<string> Reasons);

/// <summary>Another postmortem that may be the same incident filed twice, and why.</summary>
public sealed record DuplicateView(IncidentSummaryView Incident, string Reason);

/// <summary>A possible repeat: the incident, the earlier one whose fix did not hold, and why.</summary>
public sealed record RepeatView(IncidentSummaryView Incident, IncidentSummaryView Earlier, string Reason);

/// <summary>The page of possible repeats, newest first.</summary>
public sealed record RepeatsView(IReadOnlyList<RepeatView> Repeats, int IncidentCount, PagerView Pager) : IPageView;

/// <summary>
/// A page of the action items: counts as of the build date, then a page of the items grouped by incident
/// (<see cref="GroupedBy"/> "incident", newest first) or by owner ("owner"), with links to both orders.
/// </summary>
public sealed record ActionsPageView(DateView AsOf, ActionCountsView Totals, string GroupedBy, IReadOnlyList<ActionGroupView> Groups,
    string IncidentPath, string OwnerPath, PagerView Pager) : IPageView;

/// <summary>
/// Action items of one owner or one incident (<see cref="Path"/> is the incident's page, or empty) on one
/// page: <see cref="Rows"/> are this page's, <see cref="Total"/> and <see cref="OpenCount"/> count the whole
/// group, and <see cref="Continued"/> says the group began on an earlier page.
/// </summary>
public sealed record ActionGroupView(string Name, string Path, int OpenCount, int Total, bool Continued, IReadOnlyList<ActionRowView> Rows);

public sealed record ActionRowView(ActionItemView Item, IncidentSummaryView Incident);

/// <summary>The metrics page: each chart with its data table, or a note when there is too little data.</summary>
/// <param name="QuarterChart">Incidents per quarter, by severity when some incident has one.</param>
/// <param name="Earlier">Dated incidents outside the quarters shown (before <paramref name="FirstQuarter"/>, or after the build date).</param>
/// <param name="Severities">The severity columns of the quarter table: kb.yml's levels, then "Unclassified" when some incidents have no level; empty when none has one.</param>
public sealed record MetricsPageView(
    DateView AsOf, int IncidentCount, int Undated, int Earlier, string FirstQuarter, string? QuarterChart, string? CategoryChart, string? ResolveChart,
    IReadOnlyList<string> Severities, IReadOnlyList<QuarterRowView> Quarters, IReadOnlyList<CategoryRowView> Categories,
    IReadOnlyList<DurationView> Durations, string RepeatRate, int Repeats, IReadOnlyList<TagGrowthView> GrowingTags, bool EnoughQuarters,
    MetricsShowsView Shows) : IPageView
{
    /// <summary>Near misses, counted apart from <see cref="IncidentCount"/> (which leaves them out).</summary>
    public int NearMisses { get; init; }

    /// <summary>The share of postmortems that are near misses ("12.5 %"): reporting them is a sign of a learning culture.</summary>
    public string NearMissShare { get; init; } = "—";

    /// <summary>The learning loop's own figures: gate coverage, action items by priority, strategic items.</summary>
    public LoopView? Loop { get; init; }
}

/// <summary>The "closing the loop" part of the metrics page.</summary>
/// <param name="Coverage">Gate coverage per quarter of the page, oldest first.</param>
/// <param name="StrategicShare">Strategic items as a share of all items ("12.5 %").</param>
public sealed record LoopView(
    IReadOnlyList<CoverageRowView> Coverage, CoverageRowView Overall, IReadOnlyList<PriorityRowView> Priorities,
    int Items, int Strategic, int StrategicOpen, string StrategicShare);

/// <summary>One quarter's contributing factors (or all of them): how many, addressed by an item, covered by the gate, and the share covered.</summary>
public sealed record CoverageRowView(string Label, int Factors, int Addressed, int Covered, string Share);

/// <summary>Action items of one priority, with the median and 90th percentile from publication to done.</summary>
public sealed record PriorityRowView(string Label, int Items, int Open, int Closed, string Median, string P90, bool Enough);

/// <summary>
/// Which parts of the metrics page have data: durations at all, the quarter table's time columns,
/// contributing factors, action items (time to remediation, still open) and repeats.
/// </summary>
public sealed record MetricsShowsView(bool Durations, bool Detect, bool Resolve, bool Categories, bool ActionItems, bool Repeats)
{
    /// <summary>Some postmortem is a near miss: the quarter table gets a column for them.</summary>
    public bool NearMisses { get; init; }
}

/// <summary>One quarter's row: incidents by severity (in the order of <see cref="MetricsPageView.Severities"/>, so they add up to the total), medians, repeats.</summary>
public sealed record QuarterRowView(string Label, int Total, IReadOnlyList<int> BySeverity, string MedianDetect, string MedianResolve, int Repeats)
{
    public int NearMisses { get; init; }
}

public sealed record CategoryRowView(string Name, IReadOnlyList<int> ByQuarter, int Total);

public sealed record DurationView(string Name, string Description, int Count, string Median, string P90, int StillOpen, bool Enough);

public sealed record TagGrowthView(LinkView Tag, string From, int Before, string To, int After);

/// <summary>The patterns page: what recurs across incidents, as of the build date.</summary>
/// <param name="Quarters">The labels of the trend's quarters, oldest first.</param>
/// <param name="MinIncidents">How many incidents make a pattern.</param>
public sealed record PatternsPageView(
    DateView AsOf, int IncidentCount, int MinIncidents, IReadOnlyList<string> Quarters, IReadOnlyList<PatternView> Patterns,
    ServiceMatrixView Matrix, IReadOnlyList<ClusterView> Clusters, bool HasFactors) : IPageView;

/// <summary>
/// One recurring factor tag or category: its incidents (the newest, and how many more), how many started
/// in each quarter of the trend, and the state of the action items that address its factors.
/// </summary>
/// <param name="Anchor">The element id of its section on the page.</param>
/// <param name="State">"closed" (every item done or won't do, every factor covered), "open" or "unaddressed" (no item at all).</param>
public sealed record PatternView(
    string Anchor, string Kind, LinkView Term, int IncidentCount, IReadOnlyList<IncidentSummaryView> Incidents, int MoreIncidents,
    IReadOnlyList<int> ByQuarter, int Factors, int Actions, int Open, int Done, int WontDo, int Uncovered, string State, string StateLabel,
    IReadOnlyList<PatternItemView> OpenItems);

/// <summary>An open action item that addresses a pattern; <see cref="Path"/> leads to its row on its incident's page.</summary>
public sealed record PatternItemView(ActionItemView Item, IncidentSummaryView Incident, string Path);

/// <summary>Services by factor categories: how many of each service's incidents had a factor of each category.</summary>
/// <param name="More">Services left out after the first rows.</param>
public sealed record ServiceMatrixView(IReadOnlyList<LinkView> Categories, IReadOnlyList<ServiceRowView> Rows, int More);

public sealed record ServiceRowView(LinkView Service, int Incidents, IReadOnlyList<MatrixCellView> Cells);

/// <summary>A count and how dark its cell is (0 for none, 1 to 4 by share of the largest count).</summary>
public sealed record MatrixCellView(int Count, int Level);

/// <summary>A group of mutually similar incidents and what all of them share.</summary>
public sealed record ClusterView(IReadOnlyList<IncidentSummaryView> Incidents, IReadOnlyList<LinkView> Tags, IReadOnlyList<LinkView> Services, IReadOnlyList<LinkView> Categories);
