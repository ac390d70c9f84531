namespace KnowledgeBase.FrontMatter;

/// <summary>A file cut in two: the YAML between the <c>---</c> fences and the Markdown body after them.</summary>
/// <param name="YamlLine">The 1-based file line of the first YAML line.</param>
/// <param name="BodyLine">The 1-based file line of the first body line.</param>
public sealed record FrontMatterBlock(string Yaml, int YamlLine, string Body, int BodyLine);
