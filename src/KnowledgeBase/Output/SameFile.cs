using System.Buffers;

namespace KnowledgeBase.Output;

/// <summary>Whether a path names a regular file (not a link) that holds exactly some bytes.</summary>
/// <remarks>
/// How a build decides to leave a file of an earlier site as it is. A link is never read through, so
/// nothing outside the folder the path is in is read; a file that cannot be read is simply not the same.
/// </remarks>
internal static class SameFile
{
    public static bool Holds(string path, ReadOnlySpan<byte> content)
    {
        // Nothing is ever the same as an empty file: a pipe of that name would look empty and hang the read.
        if (content.IsEmpty || new FileInfo(path) is not { Exists: true, LinkTarget: null } file || file.Length != content.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            using var handle = File.OpenHandle(path);
            var bytes = buffer.AsSpan(0, content.Length);
            FileRanges.Read(handle, 0, bytes, path);
            return bytes.SequenceEqual(content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
