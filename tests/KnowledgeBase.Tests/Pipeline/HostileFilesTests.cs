using System.Text;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Pipeline;

/// <summary>Files authors really produce by accident: tabs, editors' BOMs and line ends, names with spaces and accents.</summary>
public sealed class HostileFilesTests : IDisposable
{
    private readonly TempDirectory _input = new("hostile-files");

    public void Dispose() => _input.Dispose();

    [Fact]
    public void A_tab_indenting_yaml_is_a_positioned_syntax_error()
    {
        _input.Write("tabs.md", "---\ntitle: A\ntags:\n\t- dns\n---\n");

        var result = Builds.Run(_input.Path, output: null);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("tabs.md", "KB1003", 4), (error.Path, error.Code, error.Position.Line));
    }

    [Fact]
    public void A_file_with_a_bom_and_crlf_line_ends_reports_positions_as_the_editor_shows_them()
    {
        File.WriteAllBytes(_input["windows.md"], [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("---\r\ntitle: A\r\ndate: 2024-01-01\r\nseverity: sev9\r\n---\r\nBody\r\n")]);

        var result = Builds.Run(_input.Path, output: null);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KB2005", 4, 11), (error.Code, error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void A_file_name_with_spaces_and_accents_gets_a_clean_page_address()
    {
        _input.Write("Über Ausfall – Zürich 2024.md", "---\ntitle: Ü\ndate: 2024-01-01\n---\nBody\n");
        using var output = new TempDirectory("hostile-site");

        var result = Builds.Run(_input.Path, output["site"]);

        Assert.True(result.Written);
        Assert.True(File.Exists(output["site/incidents/uber-ausfall-zurich-2024/index.html"]));
    }

    [Fact]
    public void Two_file_names_that_become_the_same_address_are_KB3001()
    {
        _input.Write("DNS Outage.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");
        _input.Write("dns-outage.md", "---\ntitle: B\ndate: 2024-01-02\n---\n");

        var result = Builds.Run(_input.Path, output: null);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("dns-outage.md", "KB3001"), (error.Path, error.Code));
        Assert.Contains("DNS Outage.md", error.Message, StringComparison.Ordinal);
    }
}
