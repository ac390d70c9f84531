using KnowledgeBase.Configuration;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>Rendered incidents made from front-matter, normalized the way a build does, for the analysis stage.</summary>
internal static class Incidents
{
    public static RenderedPostmortem Make(string id, string frontMatter = "", SiteConfig? config = null)
    {
        var postmortem = PostmortemText.Read($"title: Incident {id}\nid: {id}\n{frontMatter}", "", new KnowledgeBase.Diagnostics.DiagnosticBag(), id + ".md");
        return new RenderedPostmortem(Normalizer.Normalize(postmortem, config ?? SiteConfig.Default) with { Body = "" }, "<p>body</p>", "summary", []);
    }

    /// <summary>The incident as the render stage hands it to analysis, its body saying <paramref name="text"/>.</summary>
    public static RenderedFile WithText(this RenderedPostmortem incident, string text) =>
        new(incident with { BodyHtml = "<p>" + text + "</p>" }, BodyText.InMemory(text));

    /// <summary>The incidents as the render stage hands them to analysis, each body saying "body".</summary>
    public static RenderedFile[] Rendered(this IEnumerable<RenderedPostmortem> incidents) =>
        [.. incidents.Select(i => new RenderedFile(i, BodyText.InMemory("body")))];

    public static string[] Ids(this IEnumerable<RenderedPostmortem> incidents) => [.. incidents.Select(i => i.Id)];
}
