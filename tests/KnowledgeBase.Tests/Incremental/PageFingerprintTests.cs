using KnowledgeBase.Diagnostics;
using KnowledgeBase.Incremental;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>
/// A page's fingerprint covers everything its template reads: the page's own view and address, the site
/// view, the theme, and the clock as far as the theme can see it.
/// </summary>
public sealed class PageFingerprintTests
{
    private static readonly Theme DefaultTheme = ThemeLoader.Load(RepoPaths.Theme, new ThemeParser(), new DiagnosticBag())!;

    private static readonly DateTimeOffset Morning = new(2026, 3, 4, 8, 0, 0, TimeSpan.Zero);

    internal sealed record NoteView(string Text) : IPageView;

    internal static SiteView Site(string title = "Postmortems") =>
        new(title, "", null, ViewBuilder.Date(DateOnly.FromDateTime(Morning.UtcDateTime)), 1, [], new DimensionsView(true, true, true, true, true));

    internal static PlannedPage Page(string text = "hello", string path = "notes/index.html") =>
        new(path, PageTemplate.Search, "Notes", "notes", "", new NoteView(text));

    private static string Of(PlannedPage page, Theme? theme = null, DateTimeOffset? at = null, SiteView? site = null, string? baseUrl = null) =>
        new PageFingerprint(theme ?? DefaultTheme, site ?? Site(), at ?? Morning, baseUrl).Of(page);

    [Fact]
    public void The_same_page_of_the_same_site_has_the_same_fingerprint_in_every_build()
    {
        Assert.Equal(Of(Page()), Of(Page()));
    }

    [Fact]
    public void The_view_the_address_the_site_view_and_the_base_url_each_change_it()
    {
        string[] fingerprints =
        [
            Of(Page()), Of(Page(text: "hello!")), Of(Page(path: "notes/2/index.html")), Of(Page(), site: Site("Incidents")),
            Of(Page(), baseUrl: "https://kb.example/"),
            Of(Page(), theme: DefaultTheme with { Fingerprint = DefaultTheme.Fingerprint + "-edited" }),
        ];

        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Fact]
    public void With_a_theme_that_never_reads_the_clock_a_page_is_the_same_all_day_and_not_the_next()
    {
        // The default theme says "KnowledgeBase" and "Unowned", which hold "now" but not as a word.
        Assert.Equal(Of(Page()), Of(Page(), at: Morning.AddHours(12)));
        Assert.NotEqual(Of(Page()), Of(Page(), at: Morning.AddDays(1)));
    }

    [Fact]
    public void A_theme_that_names_now_is_fingerprinted_to_the_second()
    {
        var clocked = DefaultTheme with { Sources = DefaultTheme.Sources.SetItem("partials/stamp.liquid", "{{ 'now' | date: '%H:%M:%S' }}") };

        Assert.NotEqual(Of(Page(), theme: clocked), Of(Page(), theme: clocked, at: Morning.AddSeconds(1)));
    }
}
