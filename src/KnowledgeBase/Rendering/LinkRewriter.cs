using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Rendering;

/// <summary>
/// Checks every link and image of one postmortem. Unsafe schemes are removed (KB4002); relative links
/// are resolved against the source file and rewritten to the page or copied file they lead to; links
/// that lead nowhere are removed with a warning (KB4001) so the site never carries a broken link.
/// Links inside raw HTML get the same treatment through the sanitizer's URL hook.
/// </summary>
internal sealed partial class LinkRewriter(LinkResolver links, Postmortem postmortem, string pagePath, DiagnosticBag diagnostics)
{
    [GeneratedRegex(@"\b(?:href|src)\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)'|(?<url>[^\s>""']+))", RegexOptions.IgnoreCase)]
    private static partial Regex RawHtmlUrl();

    /// <summary>Where the tag holding each URL of raw HTML was written, so findings about it can point there.</summary>
    private readonly Dictionary<string, SourcePosition> _rawHtmlUrls = new(StringComparer.Ordinal);

    private readonly HashSet<string> _produced = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _attachments = new(StringComparer.Ordinal);

    public IReadOnlyList<KeyValuePair<string, string>> Attachments => [.. _attachments];


    /// <summary>Whether the body holds HTML its author wrote (met by <see cref="Rewrite(MarkdownDocument)"/> while indexing its URLs).</summary>
    public bool HasRawHtml { get; private set; }

    public void Rewrite(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            HasRawHtml = true;
            IndexRawHtml(block.Lines.ToString(), block);
        }

        foreach (var inline in document.Descendants<HtmlInline>())
        {
            HasRawHtml = true;
            IndexRawHtml(inline.Tag, inline);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is { Length: > 0 } url && Rewrite(url, Position(link)) is var rewritten && rewritten != url)
            {
                if (rewritten is null)
                {
                    Unwrap(link);
                }
                else
                {
                    link.Url = rewritten;
                }
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !UrlSafety.IsAllowed(autolink.Url))
            {
                Report(Position(autolink), DiagnosticCodes.UnsafeUrl, $"link '{autolink.Url}' uses a scheme that is not allowed; it is removed");
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    /// <summary>
    /// For URLs in raw HTML, called by the sanitizer with the URL as written and as sanitized (null when
    /// the sanitizer dropped it for its scheme).
    /// </summary>
    public string? FilterRawHtmlUrl(string original, string? sanitized)
    {
        if (_produced.Contains(original) || original.Length == 0)
        {
            return sanitized;
        }

        var position = _rawHtmlUrls.GetValueOrDefault(original, new SourcePosition(postmortem.BodyLine, 1));
        return sanitized is null ? Rewrite(original, position) : Rewrite(sanitized, position);
    }

    /// <summary>
    /// Whether <see cref="FilterRawHtmlUrl"/> would keep <paramref name="url"/>, as Markdig wrote it, exactly
    /// as it is and without a finding: a URL this rewriter produced, or a fragment or absolute URL it
    /// allows, whose scheme the sanitizer allows too. Asks without reporting anything.
    /// </summary>
    public bool KeepsAsWritten(string url) =>
        url.Length > 0 && !char.IsWhiteSpace(url[0]) && HtmlSanitizerFactory.AllowsScheme(url)
        && (_produced.Contains(url) || ((url.StartsWith('#') || LinkResolver.IsAbsolute(url)) && UrlSafety.IsAllowed(url)));

    private void IndexRawHtml(string html, MarkdownObject node)
    {
        foreach (Match match in RawHtmlUrl().Matches(html))
        {
            // Point at the tag that holds the URL, as findings about Markdown links point at the link.
            var url = match.Groups["url"];
            var before = html.AsSpan(0, Math.Max(0, html.LastIndexOf('<', url.Index)));
            var lineOffset = before.Count('\n');
            var column = lineOffset == 0 ? node.Column + before.Length : before.Length - before.LastIndexOf('\n') - 1;
            _rawHtmlUrls.TryAdd(DecodeAttribute(url.Value), new SourcePosition(postmortem.BodyLine + node.Line + lineOffset, column + 1));
        }
    }

    /// <summary>
    /// An attribute's value as the HTML parser reads it: HTML5's named references too (<c>&amp;colon;</c>,
    /// <c>&amp;Tab;</c>), which WebUtility does not know, so the finding finds its tag.
    /// </summary>
    private static string DecodeAttribute(string value) =>
        WebUtility.HtmlDecode(NamedReference().Replace(value, m =>
            AngleSharp.Html.HtmlEntityProvider.Resolver.GetSymbol(m.Groups["name"].Value + ";") ?? m.Value));

    [GeneratedRegex(@"&(?<name>[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex NamedReference();

    /// <summary>The URL to write instead of <paramref name="url"/>, or null to remove the link.</summary>
    private string? Rewrite(string url, SourcePosition position)
    {
        if (!UrlSafety.IsAllowed(url))
        {
            Report(position, DiagnosticCodes.UnsafeUrl, $"link '{Shorten(url)}' uses a scheme other than http, https or mailto; it is removed");
            return null;
        }

        if (url.StartsWith('#') || LinkResolver.IsAbsolute(url))
        {
            return url;
        }

        switch (links.Resolve(postmortem.SourcePath, url))
        {
            case LinkTarget.Page page:
                return Produce(SitePaths.Link(pagePath, page.OutputPath) + page.Fragment);
            case LinkTarget.Attachment file:
                _attachments[file.SourcePath] = file.OutputPath;
                return Produce(SitePaths.Link(pagePath, SitePaths.Escape(file.OutputPath)) + file.Fragment);
            case LinkTarget.Active active:
                Report(position, DiagnosticCodes.ActiveAttachment, $"'{active.ResolvedPath}' is {active.Reason}: it would run script on the site, so it is not published; shown as plain text");
                return null;
            case LinkTarget.Excluded excluded:
                Report(position, DiagnosticCodes.LinkToDraft, $"link to '{excluded.SourcePath}', a postmortem left out of the site; shown as plain text");
                return null;
            default:
                Report(position, DiagnosticCodes.BrokenLink, $"link target '{Shorten(url)}' does not exist; the link is left out of the page");
                return null;
        }
    }

    private string Produce(string url)
    {
        _produced.Add(url);
        // The page holds the URL as Markdig writes it, and that is the form the sanitizer's hook and
        // KeepsAsWritten are asked about: a fragment such as #süc arrives as #s%C3%BCc.
        _produced.Add(AsMarkdigWritesIt(url));
        return url;
    }

    /// <summary>
    /// <paramref name="url"/> as Markdig writes a link's URL, read back from the page: each character its
    /// escaper percent-encodes (a space, quotes, brackets; anything not ASCII as UTF-8 bytes) encoded; its
    /// <c>&amp;amp;</c> reads back as <c>&amp;</c>, so that stays.
    /// </summary>
    internal static string AsMarkdigWritesIt(string url)
    {
        StringBuilder? written = null;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            var length = char.IsHighSurrogate(c) && i + 1 < url.Length ? 2 : 1;
            var encoded = c < 128
                ? HtmlHelper.EscapeUrlCharacter(c) is ['%', ..] percent ? percent : null
                : string.Concat(Encoding.UTF8.GetBytes(url, i, length).Select(b => $"%{b:X2}"));
            if (encoded is null)
            {
                written?.Append(c);
                continue;
            }

            written ??= new StringBuilder(url, 0, i, url.Length + 16);
            written.Append(encoded);
            i += length - 1;
        }

        return written?.ToString() ?? url;
    }

    /// <summary>Keeps a removed link's text (or an image's alt text) in place of the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private SourcePosition Position(MarkdownObject node) => new(postmortem.BodyLine + node.Line, node.Column + 1);

    private void Report(SourcePosition position, DiagnosticCode code, string message) =>
        diagnostics.Report(postmortem.SourcePath, position, code, message);

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "...";
}
