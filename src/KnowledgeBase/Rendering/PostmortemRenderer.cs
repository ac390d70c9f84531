using System.Net;
using AngleSharp;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Rendering;

/// <summary>
/// Renders one postmortem's Markdown body to safe HTML for its incident page: links are checked and
/// rewritten (see <see cref="LinkRewriter"/>), headings are shifted under the page's own title, and
/// HTML the author wrote goes through the HTML sanitizer (a body without any is written straight from
/// Markdig's output, see <see cref="GeneratedHtml"/>). Also derives the summary when front-matter has none.
/// </summary>
/// <param name="checkBlameless">Whether to look for language that points at people (KB4005), from kb.yml.</param>
public sealed class PostmortemRenderer(MarkdownPipeline pipeline, LinkResolver links, bool checkBlameless = false)
{
    /// <summary>The same renderer resolving links with <paramref name="other"/> (a cache watches what they look at).</summary>
    public PostmortemRenderer With(LinkResolver other) => new(pipeline, other, checkBlameless) { SanitizeAll = SanitizeAll };

    /// <summary>Every body through the sanitizer, Markdig's own HTML too: what the faster path is held equal to.</summary>
    internal bool SanitizeAll { get; init; }

    public RenderedFile? Render(Postmortem postmortem, DiagnosticBag diagnostics)
    {
        if (RawHtmlDepth.FirstBeyond(postmortem.Body) is { } offset)
        {
            diagnostics.Report(postmortem.SourcePath, BodyPosition(postmortem, offset), DiagnosticCodes.MarkdownTooDeep,
                $"raw HTML nests deeper than {RawHtmlDepth.Limit} elements from here; the body is not rendered");
            return null;
        }

        try
        {
            return RenderChecked(postmortem, diagnostics);
        }
        catch (ArgumentException ex) when (ex.Source == typeof(Markdown).Assembly.GetName().Name)
        {
            // Markdig refuses nesting past its depth limit (when parsing or when rendering); any other
            // exception is a bug of ours and must not pass for a finding about the file.
            diagnostics.Report(postmortem.SourcePath, new SourcePosition(postmortem.BodyLine + MarkdownNesting.DeepestLine(postmortem.Body), 1), DiagnosticCodes.MarkdownTooDeep,
                "the Markdown nests too deeply to render (" + ex.Message.TrimEnd('.') + ")");
            return null;
        }
    }

    /// <summary>The file position of an offset into the body.</summary>
    private static SourcePosition BodyPosition(Postmortem postmortem, int offset)
    {
        var before = postmortem.Body.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourcePosition(postmortem.BodyLine + before.Count('\n'), offset - lineStart + 1);
    }

    private RenderedFile RenderChecked(Postmortem postmortem, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(postmortem.Body, pipeline);
        if (checkBlameless && postmortem.BlamelessCheck)
        {
            BlamelessLanguageCheck.Check(document, postmortem, diagnostics);
        }

        RemoveRepeatedTitle(document, postmortem.Title);
        ShiftHeadingsBelowTitle(document);
        DropColumnAlignment(document);

        var pagePath = SitePaths.Incident(postmortem.Id);
        var rewriter = new LinkRewriter(links, postmortem, pagePath, diagnostics);
        rewriter.Rewrite(document);

        var html = ToHtml(document);
        if (!SanitizeAll && !rewriter.HasRawHtml && GeneratedHtml.TryRead(html, rewriter.KeepsAsWritten) is { } generated)
        {
            var generatedSummary = postmortem.Summary ?? SummaryExtractor.From(generated.Blocks);
            return RenderedFile.Of(postmortem, new Utf8Html(generated.Html), generatedSummary, rewriter.Attachments, generated.Text);
        }

        return Sanitized(postmortem, EscapeUnclosedRawText(postmortem, html, diagnostics), rewriter);
    }

    /// <summary>
    /// Raw text left open by the author's HTML (see <see cref="UnclosedRawText"/>), reported and escaped; Markdig's
    /// own HTML escapes every '&lt;' of the text, so only a body with raw HTML can hold one.
    /// </summary>
    private static string EscapeUnclosedRawText(Postmortem postmortem, string html, DiagnosticBag diagnostics)
    {
        var unclosed = UnclosedRawText.Find(html);
        foreach (var open in unclosed)
        {
            var at = postmortem.Body.IndexOf(open.Value, StringComparison.OrdinalIgnoreCase);
            diagnostics.Report(postmortem.SourcePath, at < 0 ? new SourcePosition(postmortem.BodyLine, 1) : BodyPosition(postmortem, at),
                DiagnosticCodes.UnclosedRawText, $"'{open.Value}' has no end tag: a browser would read the rest of the body as its text; it is shown as written");
        }

        return unclosed.Count == 0 ? html : UnclosedRawText.Escape(html, unclosed);
    }

    /// <summary>Markup the author wrote goes through the sanitizer, and the page is written from its tree.</summary>
    private static RenderedFile Sanitized(Postmortem postmortem, string html, LinkRewriter rewriter)
    {
        var sanitizer = HtmlSanitizerFactory.Create();
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = rewriter.FilterRawHtmlUrl(e.OriginalUrl, e.SanitizedUrl);
        sanitizer.PostProcessNode += (_, e) =>
        {
            LabelTaskCheckbox(e.Node);
            LetKeyboardScroll(e.Node);
            DropImageWithoutSource(e);
            DemoteTitleHeading(e);
        };
        // One parse serves three readers: the sanitized tree is written out as the page's HTML (as
        // HtmlSanitizer.Sanitize writes it), and the summary and the plain text come from the same tree, so
        // nothing the sanitizer removed (a script's code) reaches them.
        using var dom = sanitizer.SanitizeDom(html);
        var body = dom.Body;
        var safe = body is null ? "" : body.ChildNodes.ToHtml(sanitizer.OutputFormatter);
        var summary = postmortem.Summary ?? (body is null ? "" : SummaryExtractor.From(body));
        return RenderedFile.Of(postmortem, new Utf8Html(safe), summary, rewriter.Attachments, body is null ? "" : HtmlText.Of(body));
    }

    private string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        writer.NewLine = "\n";
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// A task list's checkboxes are read-only marks, but a checkbox without a label is a form control
    /// nobody can name (WCAG 4.1.2); say what the mark means.
    /// </summary>
    private static void LabelTaskCheckbox(AngleSharp.Dom.INode node)
    {
        if (node is AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" } box)
        {
            box.SetAttribute("aria-label", box.IsChecked || box.HasAttribute("checked") ? "done" : "not done");
        }
    }

    /// <summary>
    /// Code blocks and tables scroll sideways when wider than the page (on a phone, most of them): a
    /// region that scrolls must take the keyboard's focus, or a keyboard user cannot read its hidden part
    /// (WCAG 2.1.1; axe's scrollable-region-focusable).
    /// </summary>
    private static void LetKeyboardScroll(AngleSharp.Dom.INode node)
    {
        if (node is AngleSharp.Dom.IElement { LocalName: "pre" or "table" } region)
        {
            region.SetAttribute("tabindex", "0");
        }
    }

    /// <summary>An image whose address was removed (unsafe or broken) shows its alt text instead of a broken image.</summary>
    private static void DropImageWithoutSource(Ganss.Xss.PostProcessNodeEventArgs e)
    {
        if (e.Node is AngleSharp.Html.Dom.IHtmlImageElement image && !image.HasAttribute("src"))
        {
            e.ReplacementNodes.Add(e.Document.CreateTextNode(image.AlternativeText ?? ""));
        }
    }

    /// <summary>The page's title is its only h1: an h1 written as raw HTML becomes an h2.</summary>
    private static void DemoteTitleHeading(Ganss.Xss.PostProcessNodeEventArgs e)
    {
        if (e.Node is AngleSharp.Dom.IElement { LocalName: "h1" } heading)
        {
            var replacement = e.Document.CreateElement("h2");
            foreach (var attribute in heading.Attributes)
            {
                replacement.SetAttribute(attribute.Name, attribute.Value);
            }

            while (heading.FirstChild is { } child)
            {
                replacement.AppendChild(child);
            }

            e.ReplacementNodes.Add(replacement);
        }
    }

    /// <summary>Long-form postmortems often open with their title as an H1; the page already shows it.</summary>
    private static void RemoveRepeatedTitle(MarkdownDocument document, string title)
    {
        if (document.Count > 0 && document[0] is HeadingBlock { Level: 1 } heading
            && string.Equals(PlainText(heading.Inline).Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            document.RemoveAt(0);
        }
    }

    /// <summary>The page's title is its only H1; body headings start at H2 so the outline stays valid.</summary>
    private static void ShiftHeadingsBelowTitle(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Exists(h => h.Level == 1))
        {
            foreach (var heading in headings)
            {
                heading.Level = Math.Min(6, heading.Level + 1);
            }
        }
    }

    /// <summary>
    /// Markdig writes a table column's alignment as a <c>style</c> attribute, which the allow-list removes
    /// (no author styles): leaving it out of the tree gives the same page on either path.
    /// </summary>
    private static void DropColumnAlignment(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.WriteChildren(inline);
        writer.Flush();
        return WebUtility.HtmlDecode(writer.ToString());
    }
}
