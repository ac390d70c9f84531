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
        return new RenderedPostmortem(Normalizer.Normalize(postmortem, config ?? SiteConfig.Default), "<p>body</p>", "summary", [], "body");
    }

    public static string[] Ids(this IEnumerable<RenderedPostmortem> incidents) => [.. incidents.Select(i => i.Id)];
}
