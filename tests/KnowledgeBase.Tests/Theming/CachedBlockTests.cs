using System.Text.Encodings.Web;
using Fluid;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Tests.Theming;

/// <summary>
/// <c>{% cached key, … %}</c>: within one build, content is rendered once per combination of key values
/// and written again as it was; outside a build's page renderer it is plain content.
/// </summary>
public sealed class CachedBlockTests
{
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder().Build();

    private static IFluidTemplate Parse(string source)
    {
        Assert.True(new ThemeParser().TryParse(source, out var template, out var error), error);
        return template;
    }

    private static string Render(IFluidTemplate template, CachedBlock.Fragments? fragments, params (string Name, object Value)[] values)
    {
        var context = new TemplateContext(Options);
        if (fragments is not null)
        {
            CachedBlock.Share(context, fragments);
        }

        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return template.Render(context, HtmlEncoder.Default);
    }

    [Fact]
    public void The_same_key_values_write_what_the_first_rendering_wrote()
    {
        var template = Parse("{% cached id, level %}<h{{ level }}>{{ id }} #{{ n }}</h{{ level }}>{% endcached %}");
        var fragments = new CachedBlock.Fragments();

        var first = Render(template, fragments, ("id", "a"), ("level", 2), ("n", 1));
        var again = Render(template, fragments, ("id", "a"), ("level", 2), ("n", 2));

        Assert.Equal("<h2>a #1</h2>", first);
        Assert.Equal(first, again);
        Assert.Equal(1, fragments.Count);
    }

    [Fact]
    public void Each_combination_of_key_values_is_rendered_on_its_own()
    {
        var template = Parse("{% cached id, level %}<h{{ level }}>{{ id }}</h{{ level }}>{% endcached %}");
        var fragments = new CachedBlock.Fragments();

        var outputs = new[] { ("a", 2), ("a", 3), ("b", 2), ("a", 2) }
            .Select(k => Render(template, fragments, ("id", k.Item1), ("level", k.Item2)))
            .ToList();

        Assert.Equal(["<h2>a</h2>", "<h3>a</h3>", "<h2>b</h2>", "<h2>a</h2>"], outputs);
        Assert.Equal(3, fragments.Count);
    }

    [Fact]
    public void Two_blocks_with_the_same_key_values_keep_their_own_content()
    {
        var template = Parse("{% cached id %}first {{ id }}{% endcached %} {% cached id %}second {{ id }}{% endcached %}");

        Assert.Equal("first a second a", Render(template, new CachedBlock.Fragments(), ("id", "a")));
    }

    [Fact]
    public void Without_a_build_to_share_with_the_content_renders_every_time()
    {
        var template = Parse("{% cached id %}{{ id }} #{{ n }}{% endcached %}");

        Assert.Equal("a #1", Render(template, null, ("id", "a"), ("n", 1)));
        Assert.Equal("a #2", Render(template, null, ("id", "a"), ("n", 2)));
    }

    [Fact]
    public void A_block_left_open_is_a_parse_error()
    {
        Assert.False(new ThemeParser().TryParse("{% cached id %}never closed", out _, out var error));
        Assert.Contains("endcached", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_entry_is_written_for_each_page_s_depth_and_kind_of_list()
    {
        using var site = new SmallSite()
            .Postmortem("a.md", "title: Disk full\ndate: 2024-01-01\nseverity: sev1\ntags: [storage]")
            .Postmortem("b.md", "title: Queue stalled\ndate: 2024-02-01\nseverity: sev2\ntags: [storage]");

        site.BuildClean();

        var home = site.Page("index.html").QuerySelectorAll(".incident-card .card-title");
        var tag = site.Page("tags/storage/index.html").QuerySelectorAll("ol.incident-rows > li > a");
        var severity = site.Page("severities/sev1/index.html").QuerySelectorAll("ol.incident-rows > li > a");
        Assert.Equal(["H3", "H3"], home.Select(h => h.TagName));
        Assert.Equal(["incidents/b/index.html", "incidents/a/index.html"], home.Select(h => h.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["../../incidents/b/index.html", "../../incidents/a/index.html"], tag.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Queue stalled", "Disk full"], tag.Select(a => a.TextContent));
        Assert.Equal(["../../incidents/a/index.html"], severity.Select(a => a.GetAttribute("href")));
    }
}
