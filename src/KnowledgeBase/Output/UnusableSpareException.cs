namespace KnowledgeBase.Output;

/// <summary>
/// The spare site (see <see cref="SpareSite"/>) could not be written into or cleaned up: something other
/// than kb changed it (a folder made read-only or immutable), or the disk filled. The spare is then
/// discarded, and the build writes a new folder instead.
/// </summary>
/// <param name="folder">
/// The staging folder the spare had become. Deleted when the failed build unwinds; one that cannot be deleted
/// has lost its marker, so no later build takes it for a site of its own again.
/// </param>
public sealed class UnusableSpareException(string message, string folder) : OutputException(message)
{
    public string Folder { get; } = folder;
}
