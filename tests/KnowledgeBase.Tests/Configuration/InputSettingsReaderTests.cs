using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Configuration;

/// <summary>The settings of kb.yml that say which files are postmortems and where an archive keeps our fields.</summary>
public class InputSettingsReaderTests
{
    private static (SiteConfig Config, DiagnosticBag Diagnostics) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        return (ConfigReader.Parse(yaml, diagnostics), diagnostics);
    }

    [Fact]
    public void Include_and_exclude_take_one_glob_or_a_list()
    {
        var (config, diagnostics) = Parse("include: incidents/**/*.md\nexclude: [\"**/TEMPLATE.md\", drafts/**]");

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal<string>(["incidents/**/*.md"], config.Files.Include);
        Assert.Equal<string>(["**/TEMPLATE.md", "drafts/**"], config.Files.Exclude);
    }

    [Theory]
    [InlineData("exclude: /etc/**", 1, 10)]
    [InlineData("include:\n  - a/**\n  - ../other/*.md", 3, 5)]
    public void A_glob_outside_the_input_folder_is_KB5001_at_the_glob(string yaml, int line, int column)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Equal([("KB5001", line, column)], diagnostics.Positions());
        Assert.DoesNotContain(config.Files.Include.Concat(config.Files.Exclude), g => g.Contains("..", StringComparison.Ordinal) || g.StartsWith('/'));
    }

    [Fact]
    public void Fields_map_our_fields_to_the_archive_keys_in_order()
    {
        var (config, diagnostics) = Parse("fields:\n  date: start_time\n  tags: [categories, keywords]\n");

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal<string>(["start_time"], config.Fields.Sources["date"]);
        Assert.Equal<string>(["categories", "keywords"], config.Fields.Sources["tags"]);
    }

    [Fact]
    public void A_field_kb_does_not_read_is_KB5001_at_its_key_naming_the_fields_it_does()
    {
        var (config, diagnostics) = Parse("fields:\n  date: start_time\n  company: org\n");

        var finding = diagnostics.One("KB5001");
        Assert.Equal((3, 3), (finding.Position.Line, finding.Position.Column));
        Assert.Contains("'fields.company' is not a field kb reads", finding.Message, StringComparison.Ordinal);
        Assert.Contains("resolved", finding.Message, StringComparison.Ordinal);
        Assert.False(config.Fields.Sources.ContainsKey("company"));
    }

    [Fact]
    public void Fields_that_are_not_a_mapping_are_a_wrong_type_at_the_value()
    {
        var (config, diagnostics) = Parse("fields: [date, start_time]");

        Assert.Equal([("KB2002", 1, 9)], diagnostics.Positions());
        Assert.True(config.Fields.IsEmpty);
    }

    [Fact]
    public void A_settings_file_from_elsewhere_is_read_instead_of_the_input_kb_yml_and_named_by_its_path()
    {
        using var input = new TempDirectory();
        input.Write("kb.yml", "title: Own");
        using var elsewhere = new TempDirectory();
        var file = elsewhere.Write("archive.yml", "title: Elsewhere\nbase_url: nowhere");
        var diagnostics = new DiagnosticBag();

        var config = ConfigReader.Read(input.Path, diagnostics, file);

        Assert.Equal("Elsewhere", config.Title);
        Assert.Equal(file, diagnostics.One("KB5001").Path);
    }

    [Fact]
    public void A_settings_file_that_does_not_exist_is_an_error_not_the_defaults()
    {
        using var input = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        ConfigReader.Read(input.Path, diagnostics, Path.Combine(input.Path, "missing.yml"));

        Assert.True(diagnostics.One("KB5001").IsError);
    }
}
