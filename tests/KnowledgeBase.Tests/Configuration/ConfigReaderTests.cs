using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Configuration;

public class ConfigReaderTests
{
    private static (SiteConfig Config, DiagnosticBag Diagnostics) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        return (ConfigReader.Parse(yaml, diagnostics), diagnostics);
    }

    [Fact]
    public void Folder_without_kb_yml_gets_the_default_settings()
    {
        using var input = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        var config = ConfigReader.Read(input.Path, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["sev1", "sev2", "sev3", "sev4"], config.Severities.Select(s => s.Id));
        Assert.Equal([0, 1, 2, 3], config.Severities.Select(s => s.Rank));
        Assert.Equal(["technical", "process", "organizational"], config.Categories.Select(c => c.Id));
        Assert.True(config.Tags.IsOpen);
        Assert.Null(config.BaseUrl);
        Assert.Null(config.TicketUrl);
        Assert.Equal("Incident Knowledge Base", config.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing set yet\n")]
    [InlineData("~\n")]
    public void Empty_kb_yml_means_the_defaults(string yaml)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(SiteConfig.Default.Severities.Select(s => s.Id), config.Severities.Select(s => s.Id));
        Assert.Equal(SiteConfig.Default.Categories.Select(c => c.Id), config.Categories.Select(c => c.Id));
    }

    [Fact]
    public void Severities_categories_and_tags_are_read_with_labels_descriptions_and_aliases()
    {
        var (config, diagnostics) = Parse("""
            title: Northwind KB
            description: What we learned.
            ticket_url: https://tracker.example/browse/{ticket}
            severities:
              - id: critical
                label: Critical outage
                description: Everything is down.
                aliases: [p0, SEV-0]
              - id: minor
            categories:
              - id: people
                label: People and teams
                description: Who does what.
              - id: tooling
            tags:
              - id: database
                description: Databases.
                aliases: [db, postgres]
              - id: dns
            """);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("Northwind KB", config.Title);
        Assert.Equal("What we learned.", config.Description);
        Assert.Equal("https://tracker.example/browse/{ticket}", config.TicketUrl);

        var critical = config.Severities[0];
        Assert.Equal(("critical", "Critical outage", "Everything is down.", 0), (critical.Id, critical.Label, critical.Description, critical.Rank));
        Assert.Equal<string>(["p0", "SEV-0"], critical.Aliases);
        Assert.Equal(("minor", "minor", "", 1), (config.Severities[1].Id, config.Severities[1].Label, config.Severities[1].Description, config.Severities[1].Rank));

        Assert.Equal(new FactorCategory("people", "People and teams", "Who does what."), config.Categories[0]);
        Assert.Equal(new FactorCategory("tooling", "Tooling", ""), config.Categories[1]);

        Assert.False(config.Tags.IsOpen);
        Assert.Equal(["database", "dns"], config.Tags.Tags.Select(t => t.Id));
        Assert.Equal("Databases.", config.Tags.Find("database")!.Description);
        Assert.Equal<string>(["db", "postgres"], config.Tags.Find("database")!.Aliases);
    }

    [Fact]
    public void Entries_may_be_plain_strings()
    {
        var (config, diagnostics) = Parse("severities: [high, low]\ncategories: [software, people]\ntags: [dns, cache]\n");

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal([("high", "high", 0), ("low", "low", 1)], config.Severities.Select(s => (s.Id, s.Label, s.Rank)));
        Assert.Equal([("software", "Software"), ("people", "People")], config.Categories.Select(c => (c.Id, c.Label)));
        Assert.Equal(["dns", "cache"], config.Tags.Tags.Select(t => t.Id));
    }

    [Fact]
    public void Ids_are_lower_cased()
    {
        var (config, _) = Parse("severities: [SEV1]\ncategories: [Tech]\n");

        Assert.Equal("sev1", Assert.Single(config.Severities).Id);
        Assert.Equal("tech", Assert.Single(config.Categories).Id);
    }

    [Fact]
    public void Entry_without_id_is_KB5001_at_the_entry()
    {
        var (_, diagnostics) = Parse("severities:\n  - label: Critical\n");

        Assert.Equal([("KB5001", 2, 5)], diagnostics.Positions());
        Assert.Equal("kb.yml", diagnostics.One("KB5001").Path);
    }

    [Fact]
    public void Id_that_cannot_be_an_address_is_KB5001_at_the_id()
    {
        var (_, diagnostics) = Parse("tags:\n  - id: ../etc\n");

        Assert.Equal([("KB5001", 2, 9)], diagnostics.Positions());
    }

    [Theory]
    [InlineData("base_url: not a url", 1, 11)]
    [InlineData("base_url: example.org/kb", 1, 11)]
    [InlineData("title: x\nbase_url: \"kb/\"", 2, 11)]
    public void Base_url_that_is_not_absolute_is_KB5001_at_the_value(string yaml, int line, int column)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Equal([("KB5001", line, column)], diagnostics.Positions());
        Assert.Contains("base_url", diagnostics.One("KB5001").Message, StringComparison.Ordinal);
        Assert.Null(config.BaseUrl);
    }

    [Theory]
    [InlineData("base_url: /kb/")]
    [InlineData("base_url: ftp://files.example/kb/")]
    [InlineData("base_url: javascript:alert(1)")]
    public void Base_url_must_be_an_http_or_https_url(string yaml)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Equal([("KB5001", 1, 11)], diagnostics.Positions());
        Assert.Null(config.BaseUrl);
    }

    [Theory]
    [InlineData("https://northwind.example/kb", "https://northwind.example/kb/")]
    [InlineData("https://northwind.example/kb/", "https://northwind.example/kb/")]
    [InlineData("https://northwind.example", "https://northwind.example/")]
    [InlineData("http://localhost:8080/a/b//", "http://localhost:8080/a/b/")]
    public void Base_url_gets_exactly_one_trailing_slash(string written, string read)
    {
        var (config, diagnostics) = Parse("base_url: " + written);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(read, config.BaseUrl);
    }

    [Fact]
    public void Yaml_errors_in_kb_yml_are_reported_against_kb_yml_at_the_file_position()
    {
        var (config, diagnostics) = Parse("title: A\nseverities: [sev1]\ntitle: B\n");

        Assert.Equal([("KB1004", 3, 1)], diagnostics.Positions());
        Assert.Equal("kb.yml", diagnostics.One("KB1004").Path);
        Assert.Equal(SiteConfig.Default.Title, config.Title);
    }

    [Fact]
    public void Yaml_syntax_error_in_kb_yml_is_KB1003_against_kb_yml()
    {
        var (_, diagnostics) = Parse("title: \"unclosed\nbase_url: x\n");

        Assert.Equal([("KB1003", 1, 8)], diagnostics.Positions());
        Assert.Equal("kb.yml", diagnostics.One("KB1003").Path);
    }

    [Fact]
    public void Anchors_in_kb_yml_are_refused_like_in_front_matter()
    {
        var (_, diagnostics) = Parse("tags: &t [a]\nmore: *t\n");

        Assert.Equal([("KB1005", 1, 7)], diagnostics.Positions());
    }

    [Fact]
    public void Kb_yml_that_is_not_a_mapping_is_KB5001()
    {
        var (config, diagnostics) = Parse("- sev1\n- sev2\n");

        Assert.Equal([("KB5001", 1, 1)], diagnostics.Positions());
        Assert.Equal(SiteConfig.Default.Title, config.Title);
    }

    [Fact]
    public void List_setting_given_as_a_single_value_is_an_error_at_the_value_in_kb_yml()
    {
        var (config, diagnostics) = Parse("title: x\nseverities: sev1\n");

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.True(error.IsError);
        Assert.Equal(("kb.yml", new SourcePosition(2, 13)), (error.Path, error.Position));
        Assert.Equal(SiteConfig.Default.Severities.Select(s => s.Id), config.Severities.Select(s => s.Id));
    }

    [Fact]
    public void Kb_yml_is_read_from_disk_with_BOM_and_CRLF()
    {
        using var input = new TempDirectory();
        input.WriteBytes("kb.yml", [0xEF, 0xBB, 0xBF, .. "title: From disk\r\nseverities: [one, two]\r\n"u8]);
        var diagnostics = new DiagnosticBag();

        var config = ConfigReader.Read(input.Path, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("From disk", config.Title);
        Assert.Equal(["one", "two"], config.Severities.Select(s => s.Id));
    }

    [Fact]
    public void Kb_yml_with_invalid_UTF8_is_KB1008_against_kb_yml()
    {
        using var input = new TempDirectory();
        input.WriteBytes("kb.yml", [.. "title: x\ndescription: "u8, 0xFF]);
        var diagnostics = new DiagnosticBag();

        var config = ConfigReader.Read(input.Path, diagnostics);

        Assert.Equal([("KB1008", 2, 14)], diagnostics.Positions());
        Assert.Equal("kb.yml", diagnostics.One("KB1008").Path);
        Assert.Equal(SiteConfig.Default.Title, config.Title);
    }

    [Fact]
    public void Sample_kb_yml_reads_cleanly()
    {
        var diagnostics = new DiagnosticBag();

        var config = ConfigReader.Read(RepoPaths.Input, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("https://northwind.example/kb/", config.BaseUrl);
        Assert.Equal(["sev1", "sev2", "sev3", "sev4"], config.Severities.Select(s => s.Id));
        Assert.Equal("database", config.Tags.Resolve("db"));
    }

    [Theory]
    [InlineData("ticket_url: \"javascript:alert(1)//{ticket}\"")]
    [InlineData("ticket_url: \"  JavaScript:alert(1)//{ticket}\"")]
    [InlineData("ticket_url: \"data:text/html,<script>alert(1)</script>{ticket}\"")]
    [InlineData("ticket_url: \"java\\tscript:alert(1)//{ticket}\"")]
    [InlineData("ticket_url: tracker.example/{ticket}")]
    public void Ticket_url_that_is_not_an_http_or_https_template_is_KB5001_at_the_value_and_not_used(string yaml)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Equal([("KB5001", 1, 13)], diagnostics.Positions());
        Assert.Null(config.TicketUrl);
        Assert.Null(config.TicketLink("OPS-1"));
    }

    [Theory]
    [InlineData("https://tracker.example/browse/{ticket}")]
    [InlineData("HTTP://tracker.example/issues?id={ticket}")]
    public void Ticket_url_over_http_or_https_is_accepted(string url)
    {
        var (config, diagnostics) = Parse($"ticket_url: \"{url}\"");

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(url.Replace("{ticket}", "OPS-1", StringComparison.Ordinal), config.TicketLink("OPS-1"));
    }

    [Theory]
    [InlineData("categories:\n  - id: technical\n  - id: process\n  - id: Technical\n", 4, 9)]
    [InlineData("severities: [sev1, sev2, sev1]", 1, 26)]
    [InlineData("tags:\n  - dns\n  - id: dns\n    description: again\n", 3, 9)]
    public void An_id_named_twice_is_KB5001_at_the_second_and_that_entry_is_left_out(string yaml, int line, int column)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Equal([("KB5001", line, column)], diagnostics.Positions());
        Assert.Equal("kb.yml", diagnostics.One("KB5001").Path);
        Assert.Equal(config.Severities.Length, config.Severities.Select(s => s.Id).Distinct().Count());
        Assert.Equal(config.Categories.Length, config.Categories.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Yaml_features_refused_in_kb_yml_are_said_to_be_refused_in_kb_yml()
    {
        var (_, diagnostics) = Parse("title: &t KB\ndescription: *t\n");

        Assert.Contains("not allowed in kb.yml", diagnostics.One("KB1005").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("similarity:\n  <<: {show: 3}\n", 2, 3)]
    [InlineData("<<: {title: X}\n", 1, 1)]
    public void A_merge_key_is_refused_at_the_key_saying_merge_keys_are_not_supported(string yaml, int line, int column)
    {
        var (_, diagnostics) = Parse(yaml);

        var finding = diagnostics.One("KB1005");
        Assert.Equal((line, column), (finding.Position.Line, finding.Position.Column));
        Assert.Contains("merge keys ('<<') are not supported", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("high", "sev2")]
    [InlineData("Critical", "sev1")]
    [InlineData("P3", "sev3")]
    [InlineData("low", "sev4")]
    public void Sample_kb_yml_carries_the_severity_aliases_the_readme_shows(string written, string level)
    {
        var config = ConfigReader.Read(RepoPaths.Input, new DiagnosticBag());

        Assert.Equal(level, config.FindSeverity(written)?.Id);
    }

    [Theory]
    [InlineData("similarity:\n  min_score: auto\n", null)]
    [InlineData("similarity:\n  show: 3\n", null)]
    [InlineData("similarity:\n  min_score: 0.2\n", 0.2)]
    public void Min_score_is_calibrated_unless_a_number_is_given(string yaml, double? expected)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Equal(expected, config.Similarity.MinScore);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void The_neighbours_weight_and_the_duplicate_score_are_read_and_checked()
    {
        var (config, _) = Parse("similarity:\n  duplicate_score: 0.8\n  weights: {neighbours: 0}\n");
        var (_, bad) = Parse("similarity:\n  duplicate_score: 2\n");

        Assert.Equal((0.8, 0.0), (config.Similarity.DuplicateScore, config.Similarity.Neighbours));
        Assert.Contains("'similarity.duplicate_score' must be a number from 0 to 1", Assert.Single(bad.ToSortedList()).Message, StringComparison.Ordinal);
    }
}
