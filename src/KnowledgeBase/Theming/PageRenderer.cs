using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using KnowledgeBase.Model;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Theming;

/// <summary>
/// Renders a planned page: its template first, then the layout around it. Always with the HTML encoder,
/// so every value is escaped unless a template says <c>| raw</c> (only the sanitized body does).
/// </summary>
public sealed class PageRenderer(Theme theme, TemplateOptions options, SiteView site)
{
    /// <summary>Escapes markup characters but keeps letters of every script readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>What the theme's cached blocks rendered for earlier pages of this build.</summary>
    private readonly CachedBlock.Fragments _fragments = new();

    /// <summary>Buffers of pages already rendered, for the next ones (pages render on several threads at once).</summary>
    private readonly ConcurrentStack<PageBuffers> _buffers = new();

    /// <summary>The page as text; see <see cref="RenderUtf8"/>.</summary>
    public string Render(PlannedPage page, string? canonicalBase) => Utf8.GetString(RenderUtf8(page, canonicalBase));

    /// <summary>
    /// The page as the UTF-8 bytes of its file. The template and the layout write into buffers kept from
    /// page to page (see <see cref="PageBuffers"/>): a large page (a list of thousands of incidents runs to
    /// megabytes) is not also held as a string, and most pages allocate little more than their bytes.
    /// </summary>
    public byte[] RenderUtf8(PlannedPage page, string? canonicalBase)
    {
        // 404.html is served at any address, so its links must not be relative to where it was written.
        var root = page.Path == SitePaths.NotFound && canonicalBase is not null ? canonicalBase : SitePaths.RootFrom(page.Path);
        var canonical = canonicalBase is null || page.Path == SitePaths.NotFound ? null : canonicalBase + SitePaths.Pretty(page.Path);
        var pageView = new PageView(page.Title, page.Path, root, canonical, page.Section, page.Description);

        var context = new TemplateContext(options);
        CachedBlock.Share(context, _fragments);
        context.SetValue("site", site);
        context.SetValue("page", pageView);
        context.SetValue(page.Template.ViewName(), page.View);
        if (page.Taxonomy is not null)
        {
            context.SetValue("taxonomy", page.Taxonomy);
        }

        var buffers = _buffers.TryPop(out var kept) ? kept : new PageBuffers();
        try
        {
            var content = Render(page.Template.FileName(), context, buffers.Content);
            context.SetValue("content", new Utf8HtmlValue(content.Array!, content.Count));
            return Tidy(Render("layout", context, buffers.Output));
        }
        finally
        {
            // A page of many megabytes (the action items of a large knowledge base) is rare: its buffers go
            // back to the garbage collector rather than being held for pages a thousand times smaller.
            if (buffers.Clear() <= MaxKeptBufferBytes)
            {
                _buffers.Push(buffers);
            }
        }
    }

    private const int MaxKeptBufferBytes = 4 * 1024 * 1024;

    /// <summary>Renders a template into an empty buffer; returns the buffer's own array, holding the UTF-8 bytes written.</summary>
    private ArraySegment<byte> Render(string template, TemplateContext context, ArrayBufferWriter<byte> bytes)
    {
        using (var output = new Utf8PageOutput(bytes))
        {
            theme[template].RenderAsync(output, Encoder, context).AsTask().GetAwaiter().GetResult();
        }

        // The writer's array itself, not a copy: the page is tidied in place, and the buffer is emptied before its next use.
        return MemoryMarshal.TryGetArray(bytes.WrittenMemory, out var written) ? written : throw new InvalidOperationException("the page buffer has no array");
    }

    /// <summary>
    /// A page's working buffers: the template's output and the layout's output, both as UTF-8. Kept by
    /// the renderer for the next page (one set per thread rendering at once), so each grows to the largest
    /// page it has rendered instead of being allocated again for every page.
    /// </summary>
    private sealed class PageBuffers
    {
        public ArrayBufferWriter<byte> Content { get; } = new();

        public ArrayBufferWriter<byte> Output { get; } = new();

        /// <summary>Empties both buffers for the next page; returns the larger one's capacity.</summary>
        public int Clear()
        {
            Content.ResetWrittenCount();
            Output.ResetWrittenCount();
            return Math.Max(Content.Capacity, Output.Capacity);
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// One line-end convention and one final newline, whatever the template's whitespace. On the bytes:
    /// CR and LF never occur inside a longer UTF-8 sequence. The line ends are joined in place.
    /// </summary>
    private static byte[] Tidy(Span<byte> html)
    {
        // Most pages hold no CR at all: up to the first one, the bytes stay where they are.
        var length = html.IndexOf((byte)'\r') is var first and >= 0 ? first : html.Length;
        for (var i = length; i < html.Length; i++)
        {
            if (!(html[i] == (byte)'\r' && i + 1 < html.Length && html[i + 1] == (byte)'\n'))
            {
                html[length++] = html[i];
            }
        }

        var text = html[..length];
        var start = 0;
        while (start < text.Length && text[start] == (byte)'\n')
        {
            start++;
        }

        var end = text.Length;
        while (end > start && text[end - 1] == (byte)'\n')
        {
            end--;
        }

        var tidy = new byte[end - start + 1];
        text[start..end].CopyTo(tidy);
        tidy[^1] = (byte)'\n';
        return tidy;
    }
}
