using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Output;

/// <summary>feed.xml and incidents.json of the sample site, read back the way other tools read them.</summary>
public sealed class FeedsTests : IDisposable
{
    private readonly TempDirectory _output = new("feeds");

    public FeedsTests() => Assert.True(Builds.Run(RepoPaths.Input, _output["site"]).Written);

    public void Dispose() => _output.Dispose();

    [Fact]
    public void The_atom_feed_parses_and_lists_published_postmortems_newest_first_with_their_summaries()
    {
        using var reader = XmlReader.Create(_output["site/feed.xml"]);
        var feed = SyndicationFeed.Load(reader);

        var items = feed.Items.ToList();
        Assert.Equal(13, items.Count); // 15 postmortems: one draft, one in review
        Assert.Equal("Northwind Parcel Incident Knowledge Base", feed.Title.Text);
        Assert.Equal(items.OrderByDescending(i => i.LastUpdatedTime).Select(i => i.Id), items.Select(i => i.Id));
        Assert.All(items, i =>
        {
            Assert.StartsWith("https://northwind.example/kb/incidents/", i.Links.Single().Uri.AbsoluteUri, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(i.Summary.Text));
        });
        Assert.DoesNotContain(items, i => i.Title.Text.Contains("retired rotation", StringComparison.Ordinal));
    }

    [Fact]
    public void Incidents_json_holds_the_front_matter_and_page_url_of_every_published_postmortem()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(_output["site/incidents.json"]));
        var incidents = json.RootElement.GetProperty("incidents").EnumerateArray().ToList();

        Assert.Equal(13, incidents.Count);
        var repeat = incidents.Single(i => i.GetProperty("id").GetString() == "2025-06-19-checkout-pool-exhaustion-repeat");
        Assert.Equal("https://northwind.example/kb/incidents/2025-06-19-checkout-pool-exhaustion-repeat/", repeat.GetProperty("url").GetString());
        Assert.Equal("checkout-pool-exhaustion-2023", repeat.GetProperty("repeat_of").GetString());
        Assert.Equal("sev1", repeat.GetProperty("severity").GetString());
        Assert.NotEmpty(repeat.GetProperty("action_items").EnumerateArray());
        Assert.All(incidents, i => Assert.Equal("published", i.GetProperty("status").GetString()));
    }

    [Fact]
    public void Incidents_json_holds_one_incident_a_line_so_a_rebuild_diffs_line_by_line()
    {
        var lines = File.ReadAllLines(_output["site/incidents.json"]);

        Assert.StartsWith("{\"generated\":", lines[0], StringComparison.Ordinal);
        Assert.Equal("]}", lines[^1]);
        var incidentLines = lines[1..^1];
        Assert.Equal(13, incidentLines.Length);
        Assert.All(incidentLines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line.TrimEnd(',')).RootElement.ValueKind));
    }

    [Fact]
    public void Control_characters_in_a_title_or_tag_are_left_out_of_the_feed_instead_of_failing_the_build()
    {
        using var site = new SmallSite().Postmortem("a.md", "title: \"Escape \\e]0;x\\a here\"\ndate: 2024-01-01\ntags: [\"ok\\x01\"]\nsummary: \"A \\x1b summary\"");

        var result = site.Build();

        Assert.True(result.Written, result.Diagnostics.Dump());
        using var reader = XmlReader.Create(site.PathOf("feed.xml"));
        var item = SyndicationFeed.Load(reader).Items.Single();
        Assert.Equal("Escape ]0;x here", item.Title.Text);
        Assert.Equal("ok", item.Categories.Single().Name);
    }

    [Fact]
    public void The_feed_carries_the_newest_published_postmortems_up_to_feed_entries()
    {
        using var site = new SmallSite().Config("feed_entries: 2");
        foreach (var day in new[] { 1, 3, 2, 4 })
        {
            site.Postmortem($"d{day}.md", $"title: Day {day}\ndate: 2024-01-0{day}");
        }

        Assert.True(site.Build().Written);
        using var reader = XmlReader.Create(site.PathOf("feed.xml"));
        Assert.Equal(["Day 4", "Day 3"], SyndicationFeed.Load(reader).Items.Select(i => i.Title.Text));
    }
}
