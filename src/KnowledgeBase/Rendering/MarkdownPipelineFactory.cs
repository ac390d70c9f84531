using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;

namespace KnowledgeBase.Rendering;

/// <summary>
/// The one Markdown dialect of a knowledge base, built once and shared (a Markdig pipeline is immutable
/// and thread-safe). Named extensions only: <c>UseAdvancedExtensions</c> would bring generic attributes,
/// which let <c>{onclick=...}</c> through.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseFootnotes()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();
}
