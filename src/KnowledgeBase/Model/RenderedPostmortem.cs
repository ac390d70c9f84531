namespace KnowledgeBase.Model;

/// <summary>A postmortem with its body rendered to safe HTML, ready for analysis and the theme.</summary>
/// <param name="Postmortem">The front-matter. A build empties its <c>Body</c> once rendered (the HTML is the body from there on), so a large knowledge base's Markdown is not held while it is analysed and written.</param>
/// <param name="BodyHtml">Sanitized HTML of the Markdown body, for the incident page, as UTF-8 (see <see cref="Utf8Html"/>).</param>
/// <param name="Summary">The front-matter summary, else the first paragraph of the body, as plain text.</param>
/// <param name="Attachments">Input files the body links to, which the site must carry (source path → output path).</param>
/// <param name="BodyText">The words of the body without markup, extracted once for search and similarity; empty in the analysed site model, which has no more use for it.</param>
public sealed record RenderedPostmortem(
    Postmortem Postmortem,
    Utf8Html BodyHtml,
    string Summary,
    IReadOnlyList<KeyValuePair<string, string>> Attachments,
    string BodyText)
{
    public string Id => Postmortem.Id;

    public string PagePath => SitePaths.Incident(Postmortem.Id);
}
