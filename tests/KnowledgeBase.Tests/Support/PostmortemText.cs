using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Postmortem files from front-matter and body strings. The file is <c>---</c>, the front-matter, <c>---</c>,
/// then the body: the first front-matter line is line 2 of the file, and the body starts on the line after
/// the closing fence (front-matter lines + 3).
/// </summary>
public static class PostmortemText
{
    public static string Compose(string frontMatter, string body = "")
    {
        var yaml = frontMatter.Length == 0 || frontMatter.EndsWith('\n') ? frontMatter : frontMatter + "\n";
        return "---\n" + yaml + "---\n" + body;
    }

    /// <summary>Writes <c>relativePath</c> under <paramref name="folder"/> and returns its full path.</summary>
    public static string Write(this TempDirectory folder, string relativePath, string frontMatter, string body) =>
        folder.Write(relativePath, Compose(frontMatter, body));

    public static SourceFile Source(string frontMatter, string body = "", string path = "incident.md") =>
        new(path, "/nowhere/" + path, Compose(frontMatter, body));

    /// <summary>Reads a postmortem the way a build does; fails the test when nothing could be read.</summary>
    public static Postmortem Read(string frontMatter, string body, DiagnosticBag diagnostics, string path = "incident.md") =>
        new PostmortemReader().Read(Source(frontMatter, body, path), diagnostics)
        ?? throw new Xunit.Sdk.XunitException("the postmortem could not be read:\n" + diagnostics.Dump());

    /// <summary>Reads a postmortem that is expected to be clean apart from the codes in <paramref name="allowed"/>.</summary>
    public static Postmortem Read(string frontMatter, string body = "", string path = "incident.md")
    {
        var diagnostics = new DiagnosticBag();
        var postmortem = Read(frontMatter, body, diagnostics, path);
        Assert.True(diagnostics.ToSortedList().Count == 0, "unexpected findings:\n" + diagnostics.Dump());
        return postmortem;
    }
}
