using System.Text;
using KnowledgeBase.Model;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeBase.Output;

/// <summary>
/// A temporary file that holds byte ranges a build has made and will need once more, later: the rendered
/// bodies from rendering until their incident pages are written, and their plain text until analysis
/// has read it. At 10,000 postmortems they are some 380 MB in memory (the text as UTF-16 strings) that the
/// garbage collector would otherwise keep, move and count; in the file they cost a write and a read or
/// two, served by the operating system's page cache.
/// Safe for writers and readers on several threads: each write reserves its own range, and reads and
/// writes go by position. The file is gone when the store is disposed (or the process ends).
/// </summary>
public sealed class SpillFile : IByteRanges, IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _end;

    private SpillFile(SafeFileHandle handle) => _handle = handle;

    /// <summary>A new, empty spill file in <paramref name="folder"/> (the system's temporary folder when null).</summary>
    /// <remarks>
    /// A build puts it beside the site it writes: that is on a disk, where the system's temporary folder
    /// may be memory (Debian's /tmp is). On Unix the file's name is removed at once, so nothing is left
    /// behind even by a build that is killed; on Windows it is deleted when closed, by the system.
    /// </remarks>
    public static SpillFile Create(string? folder = null)
    {
        var path = Path.Combine(folder ?? Path.GetTempPath(), $".kb-spill-{Guid.NewGuid():N}.tmp");
        if (OperatingSystem.IsWindows())
        {
            return new SpillFile(File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose));
        }

        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite);
        File.Delete(path);
        return new SpillFile(handle);
    }

    /// <summary>Writes <paramref name="html"/>'s bytes to the file; the result reads them back from it.</summary>
    public Utf8Html Keep(Utf8Html html)
    {
        var bytes = html.Bytes;
        return Utf8Html.Stored(this, Write(bytes), bytes.Length);
    }

    /// <summary>Writes <paramref name="text"/> to the file, as UTF-8; the result reads it back from it.</summary>
    public BodyText Keep(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return BodyText.Stored(this, Write(bytes), bytes.Length);
    }

    private long Write(byte[] bytes)
    {
        var offset = Interlocked.Add(ref _end, bytes.Length) - bytes.Length;
        RandomAccess.Write(_handle, bytes, offset);
        return offset;
    }

    public byte[] Read(long offset, int length) => FileRanges.Read(_handle, offset, length, "the build's temporary file");

    public void Dispose() => _handle.Dispose();
}
