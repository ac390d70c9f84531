using System.Runtime;

namespace KnowledgeBase.Cli;

/// <summary>
/// How this process uses its heap during a build: the command line's policy, not the library's, which
/// only says where one stage ends (<see cref="Pipeline.SiteBuilder"/>'s <c>betweenStages</c>).
/// </summary>
internal static class HeapPolicy
{
    /// <summary>
    /// Between two stages of a one-off build most of the heap is what the finished stage used and let go
    /// (file texts, Markdown, parse trees, token counts). One compacting collection there lets the next
    /// stage reuse that memory instead of growing the process. Not while serving: there the heap is mostly
    /// what rebuilds keep, and a rebuild's latency matters more.
    /// </summary>
    public static void CompactFinishedStage()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
