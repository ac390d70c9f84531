using System.Collections.Immutable;
using KnowledgeBase.Formats;

namespace KnowledgeBase.Configuration;

/// <summary>The settings of one knowledge base, from <c>kb.yml</c> beside the postmortems (or the defaults).</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "Incident Knowledge Base";
    public string Description { get; init; } = "Postmortems of past incidents and what we learned from them.";

    /// <summary>
    /// The absolute URL the site is published at, ending in '/'; used wherever an address must stand on its
    /// own: the sitemap, the feed, <c>incidents.json</c>, and the links <c>kb actions</c> and <c>kb similar</c>
    /// print. Pages link to each other relatively, so the site also works without it.
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>A URL with <c>{ticket}</c> where the ticket id goes, for action-item links.</summary>
    public string? TicketUrl { get; init; }

    public ImmutableArray<SeverityLevel> Severities { get; init; } = DefaultSeverities;
    public ImmutableArray<FactorCategory> Categories { get; init; } = DefaultCategories;
    public TagVocabulary Tags { get; init; } = TagVocabulary.Open;

    /// <summary>Bounds on what a build reads (<c>limits:</c> in kb.yml), so a hostile file cannot exhaust the machine.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>Which Markdown files are postmortems (<c>include:</c> and <c>exclude:</c> in kb.yml).</summary>
    public FileSelection Files { get; init; } = FileSelection.Default;

    /// <summary>Where an archive of another schema keeps our fields (<c>fields:</c> in kb.yml).</summary>
    public FieldMap Fields { get; init; } = FieldMap.None;

    /// <summary>Whether rendering looks for language that points at people (KB4005, a warning of every build and check); <c>blameless_check</c> in kb.yml.</summary>
    public bool BlamelessCheck { get; init; } = true;

    /// <summary>How many of the newest published postmortems <c>feed.xml</c> carries (<c>feed_entries</c>): a reader wants news, not the archive.</summary>
    public int FeedEntries { get; init; } = 50;

    /// <summary>
    /// How many entries a page of a list shows (<c>page_size</c>): the incidents, each term's incidents,
    /// the action items and the repeats come in pages of this many, page 1 at the list's own address.
    /// </summary>
    public int PageSize { get; init; } = 50;

    /// <summary>
    /// Whether the integration gate's findings (a factor without action, a won't-do without reason, an
    /// item without owner or ticket) are errors rather than warnings: <c>gate: true</c> in kb.yml, or
    /// <c>kb check --gate</c>.
    /// </summary>
    public bool Gate { get; init; }

    /// <summary>
    /// Days from publication within which an action item is due, by severity id (<c>action_slo:</c>), for
    /// items that give no <c>due</c> date; empty when kb.yml sets none.
    /// </summary>
    public ImmutableSortedDictionary<string, int> ActionSlo { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>How similar incidents are found and how many are shown (<c>similarity:</c> in kb.yml).</summary>
    public SimilaritySettings Similarity { get; init; } = SimilaritySettings.Default;

    public static ImmutableArray<SeverityLevel> DefaultSeverities { get; } =
    [
        new("sev1", "Critical", "Widespread outage or data loss; all hands.", ["critical", "sev-1", "p1"], 0),
        new("sev2", "Major", "A major feature unavailable or badly degraded for many users.", ["major", "high", "sev-2", "p2"], 1),
        new("sev3", "Minor", "Partial degradation with a workaround, or few users affected.", ["minor", "medium", "sev-3", "p3"], 2),
        new("sev4", "Low", "Little or no user impact; a near miss worth learning from.", ["low", "sev-4", "p4"], 3),
    ];

    public static ImmutableArray<FactorCategory> DefaultCategories { get; } =
    [
        new("technical", "Technical", "Software, hardware, configuration and capacity."),
        new("process", "Process", "How work is done: deploys, reviews, runbooks, on-call."),
        new("organizational", "Organizational", "Structure, priorities, staffing and communication."),
    ];

    /// <summary>The settings without kb.yml. Declared after the defaults it reads: static fields initialize in order.</summary>
    public static SiteConfig Default { get; } = new();

    /// <summary>Finds a severity level by id or alias, ignoring case.</summary>
    public SeverityLevel? FindSeverity(string name) => Severities.FirstOrDefault(s =>
        string.Equals(s.Id, name, StringComparison.OrdinalIgnoreCase)
        || s.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));

    public FactorCategory? FindCategory(string name) => Categories.FirstOrDefault(c =>
        string.Equals(c.Id, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ticket's URL from the template, or null when there is no template or the ticket is already a URL.</summary>
    public string? TicketLink(string? ticket)
    {
        if (string.IsNullOrWhiteSpace(ticket))
        {
            return null;
        }

        if (ticket.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || ticket.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return ticket;
        }

        return TicketUrl?.Replace("{ticket}", Uri.EscapeDataString(ticket), StringComparison.Ordinal);
    }
}
