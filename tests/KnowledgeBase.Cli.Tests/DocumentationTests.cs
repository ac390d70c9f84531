using KnowledgeBase.Cli.Tests.Support;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli.Tests;

/// <summary>The README is the reference users read: it must list every diagnostic code the tool can report.</summary>
public sealed class DocumentationTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));

    public static TheoryData<string, string, string> Codes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var code in DiagnosticCodes.All)
        {
            data.Add(code.Id, code.Name, code.DefaultSeverity.ToString().ToLowerInvariant());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Readme_lists_each_diagnostic_code_with_its_name_and_severity(string id, string name, string severity)
    {
        Assert.Contains($"| {id} | {name} | {severity} |", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_unique()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());
    }
}
