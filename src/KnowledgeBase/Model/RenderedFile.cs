namespace KnowledgeBase.Model;

/// <summary>
/// What the render stage hands to analysis: the incident as the site shows it, and its body's plain text,
/// which only analysis reads (for search and similarity). From analysis on, only the incident remains.
/// </summary>
public sealed record RenderedFile(RenderedPostmortem Incident, BodyText Text)
{
    public string Id => Incident.Id;

    /// <summary>
    /// The render stage's result for <paramref name="postmortem"/>, fresh or replayed from a cache. Its
    /// Markdown is not handed on: from here on the HTML is the body, so a large knowledge base's Markdown
    /// is not held while it is analysed and written.
    /// </summary>
    public static RenderedFile Of(Postmortem postmortem, Utf8Html html, string summary, IReadOnlyList<KeyValuePair<string, string>> attachments, string text) =>
        Of(postmortem, html, summary, attachments, BodyText.InMemory(text));

    /// <inheritdoc cref="Of(Postmortem, Utf8Html, string, IReadOnlyList{KeyValuePair{string, string}}, string)"/>
    public static RenderedFile Of(Postmortem postmortem, Utf8Html html, string summary, IReadOnlyList<KeyValuePair<string, string>> attachments, BodyText text) =>
        new(new RenderedPostmortem(postmortem with { Body = "" }, html, summary, attachments), text);
}
