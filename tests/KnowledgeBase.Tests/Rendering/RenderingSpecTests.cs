using System.Collections.Immutable;
using System.Globalization;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Rendering;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Rendering;

/// <summary>The input folder every spec case renders in (see the head of Specs/links.md).</summary>
public sealed class SpecInputFolder : IDisposable
{
    public SpecInputFolder()
    {
        Folder.Write("other.md", "---\ntitle: Other\n---\n");
        Folder.Write("sub/nested.md", "---\ntitle: Nested\n---\n");
        Folder.Write("draft.md", "---\ntitle: Draft\nstatus: draft\n---\n");
        Folder.Write("images/diagram.png", "png");
        Folder.Write("images/with space.png", "png");
        Folder.Write("notes/readme.md", "# not a postmortem\n");
        Folder.Write(".git/config", "[core]\n");
        Folder.Write("kb.yml", "title: Specs\n");
        Folder.Write("files/evil.html", "<script>alert(1)</script>");
        Folder.Write("files/evil.XHTML", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>");
        Folder.Write("files/onload.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        Folder.Write("files/hidden.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&#106;avascript:alert(1)\"><text>x</text></a></svg>");
        Folder.Write("files/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">DB&#160;pool</div></foreignObject><image href=\"data:image/png;base64,AAAA\"/></svg>");
        Folder.Write("files/app.log", "12:00 <script>not run: a log is shown as text</script>");
        Links = new LinkResolver(
            Folder.Path,
            ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["case.md"] = "incidents/case/index.html",
                ["other.md"] = "incidents/other/index.html",
                ["sub/nested.md"] = "incidents/nested/index.html",
            }),
            ImmutableHashSet.Create(StringComparer.Ordinal, "draft.md"));
    }

    public TempDirectory Folder { get; } = new("spec-input");

    public LinkResolver Links { get; }

    public void Dispose() => Folder.Dispose();
}

public class RenderingSpecTests(SpecInputFolder input) : IClassFixture<SpecInputFolder>
{
    public static TheoryData<string> SanitizingCases() => Names("sanitizing.md");

    public static TheoryData<string> LinkCases() => Names("links.md");

    private static TheoryData<string> Names(string file)
    {
        var data = new TheoryData<string>();
        foreach (var spec in MarkdownSpec.Load(file))
        {
            data.Add(spec.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SanitizingCases))]
    public void Sanitizing(string name) => Check(MarkdownSpec.Load("sanitizing.md").Single(s => s.Name == name));

    [Theory]
    [MemberData(nameof(LinkCases))]
    public void Links(string name) => Check(MarkdownSpec.Load("links.md").Single(s => s.Name == name));

    [Fact]
    public void Spec_files_hold_cases_with_expectations()
    {
        Assert.True(MarkdownSpec.Load("sanitizing.md").Count >= 15);
        Assert.True(MarkdownSpec.Load("links.md").Count >= 8);
        Assert.All(MarkdownSpec.Load("sanitizing.md").Concat(MarkdownSpec.Load("links.md")), s => Assert.NotEmpty(s.Expectations));
    }

    private void Check(MarkdownSpec spec)
    {
        var diagnostics = new DiagnosticBag();
        var postmortem = PostmortemText.Read("title: Spec case", spec.Markdown, diagnostics, "case.md");
        var rendered = new PostmortemRenderer(MarkdownPipelineFactory.Create(), input.Links).Render(postmortem, diagnostics)?.Incident;
        Assert.NotNull(rendered);
        var body = Html.Parse(rendered.BodyHtml.ToString()).Body!;
        var context = $"\n--- {spec.File}: {spec.Name}\n{rendered.BodyHtml}\n--- findings\n{diagnostics.Dump()}";

        var expectedDiagnostics = new List<(string Code, int Line, int Column)>();
        var diagnosticsListed = false;
        foreach (var expectation in spec.Expectations)
        {
            if (SpecExpectation.Presence().Match(expectation) is { Success: true } presence)
            {
                var found = body.QuerySelectorAll(presence.Groups["selector"].Value).Length;
                Assert.True(expectation.StartsWith("absent", StringComparison.Ordinal) ? found == 0 : found > 0, expectation + context);
            }
            else if (SpecExpectation.Count().Match(expectation) is { Success: true } count)
            {
                Assert.True(body.QuerySelectorAll(count.Groups["selector"].Value).Length == int.Parse(count.Groups["count"].Value, CultureInfo.InvariantCulture), expectation + context);
            }
            else if (SpecExpectation.Text().Match(expectation) is { Success: true } text)
            {
                var element = body.QuerySelector(text.Groups["selector"].Value);
                Assert.True(element is not null, expectation + context);
                Assert.True(element.Text() == text.Groups["text"].Value, $"{expectation}: was '{element.Text()}'{context}");
            }
            else if (SpecExpectation.NoScheme().Match(expectation) is { Success: true } scheme)
            {
                var prefix = scheme.Groups["scheme"].Value + ":";
                var offending = body.QuerySelectorAll("*")
                    .SelectMany(e => e.Attributes.Select(a => (e.LocalName, a.Name, a.Value)))
                    .Where(a => new string([.. a.Value.Where(c => c > ' ')]).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    .ToList();
                Assert.True(offending.Count == 0, expectation + ": " + string.Join(", ", offending) + context);
            }
            else if (SpecExpectation.Diagnostic().Match(expectation) is { Success: true } diagnostic)
            {
                diagnosticsListed = true;
                expectedDiagnostics.Add((diagnostic.Groups["code"].Value,
                    int.Parse(diagnostic.Groups["line"].Value, CultureInfo.InvariantCulture),
                    int.Parse(diagnostic.Groups["column"].Value, CultureInfo.InvariantCulture)));
            }
            else if (expectation == "no diagnostics")
            {
                diagnosticsListed = true;
            }
            else
            {
                Assert.Fail($"unknown expectation '{expectation}' in {spec.File}: {spec.Name}");
            }
        }

        if (diagnosticsListed)
        {
            Assert.True(
                expectedDiagnostics.Order().SequenceEqual(diagnostics.Positions().Order()),
                "findings differ: expected " + string.Join(", ", expectedDiagnostics) + context);
        }
    }
}
