using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;
using KnowledgeBase.Rendering;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Pipeline;

/// <summary>
/// Every stage a single file goes through, from its bytes to rendered HTML, without touching the disk:
/// what fuzzing drives. Whatever the bytes, the answer is a rendered postmortem or diagnostics.
/// </summary>
public static class SingleFileCheck
{
    public static (RenderedFile? Rendered, IReadOnlyList<Diagnostic> Diagnostics) Run(byte[] bytes, string path = "fuzz.md")
    {
        var diagnostics = new DiagnosticBag();
        var text = TextDecoder.Decode(bytes, path, diagnostics);
        if (text is null)
        {
            return (null, diagnostics.ToSortedList());
        }

        var postmortem = new PostmortemReader().Read(new SourceFile(path, path, text), diagnostics);
        if (postmortem is null)
        {
            return (null, diagnostics.ToSortedList());
        }

        var valid = Validator.Default.Validate([postmortem], SiteConfig.Default, diagnostics);
        var links = new LinkResolver(Path.GetTempPath(), ImmutableDictionary<string, string>.Empty, ImmutableHashSet<string>.Empty);
        var rendered = new PostmortemRenderer(MarkdownPipelineFactory.Create(), links, checkBlameless: true).Render(valid[0], diagnostics);
        return (rendered, diagnostics.ToSortedList());
    }
}
