namespace KnowledgeBase.Model;

/// <summary>An incident as the site shows it: the front-matter and the body rendered to safe HTML (from the render stage on).</summary>
/// <param name="Postmortem">The front-matter, without the Markdown: the render stage hands on the HTML as the body, so a large knowledge base's Markdown is not held while it is analysed and written.</param>
/// <param name="BodyHtml">Sanitized HTML of the Markdown body, for the incident page, as UTF-8, in memory or in a build's spill file (see <see cref="Utf8Html"/>).</param>
/// <param name="Summary">The front-matter summary, else the first paragraph of the body, as plain text.</param>
/// <param name="Attachments">Input files the body links to, which the site must carry (source path → output path).</param>
public sealed record RenderedPostmortem(
    Postmortem Postmortem,
    Utf8Html BodyHtml,
    string Summary,
    IReadOnlyList<KeyValuePair<string, string>> Attachments)
{
    public string Id => Postmortem.Id;

    public string PagePath => SitePaths.Incident(Postmortem.Id);
}
