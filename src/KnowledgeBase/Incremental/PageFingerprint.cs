using System.Text.RegularExpressions;
using KnowledgeBase.Theming;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Incremental;

/// <summary>
/// A page's fingerprint: a digest of everything its template reads. What every page of a build shares
/// (this kb's code, the theme's templates, the clock as templates can see it, the base URL, the
/// <c>site</c> view), then the page's own address, template, title, section, description, view and
/// taxonomy. Two pages with one fingerprint render to the same bytes. One instance per build.
/// </summary>
public sealed partial class PageFingerprint
{
    /// <summary>
    /// Views many pages hold by reference, digested once each: an incident as lists show it, and a
    /// taxonomy with all its terms, which every one of its term pages carries (icco-postmortems' 989 tag
    /// pages each held all 989 tags, and digesting them took longer than rendering the site).
    /// </summary>
    private readonly ViewDigest _digest = new(type => type == typeof(IncidentSummaryView) || type == typeof(TaxonomyView));
    private readonly byte[] _shared;

    public PageFingerprint(Theme theme, SiteView siteView, DateTimeOffset buildTime, string? baseUrl)
    {
        _shared = _digest.Of(new object?[] { CacheFiles.CodeVersion, theme.Fingerprint, Clock(theme, buildTime), baseUrl ?? "", siteView });
    }

    /// <summary>The page's fingerprint, in hexadecimal.</summary>
    public string Of(PlannedPage page) => Convert.ToHexStringLower(_digest.Of(new object?[]
    {
        _shared, page.Path, page.Template.FileName(), page.Title, page.Section, page.Description, page.View, page.Taxonomy,
    }));

    /// <summary>
    /// The build's clock as far as pages can tell. The views carry the build's day only; a template reads
    /// the time itself only through Liquid's <c>now</c> or <c>today</c>. A theme that names neither
    /// anywhere renders the same pages all day, so rebuilds an hour apart reuse them; one that names either
    /// as a word anywhere (even in its text) is keyed to the second, which is always correct.
    /// </summary>
    private static object Clock(Theme theme, DateTimeOffset buildTime) =>
        theme.Sources.Values.Any(ClockWord().IsMatch)
            ? buildTime.ToUnixTimeSeconds()
            : DateOnly.FromDateTime(buildTime.UtcDateTime);

    [GeneratedRegex(@"\b(now|today)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockWord();
}
