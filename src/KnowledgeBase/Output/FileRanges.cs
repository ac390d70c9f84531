using Microsoft.Win32.SafeHandles;

namespace KnowledgeBase.Output;

/// <summary>Reading a byte range of a file by position, whole: a positional read may return fewer bytes than asked.</summary>
public static class FileRanges
{
    /// <param name="file">What the file is, for the message when it ends before the range does.</param>
    public static byte[] Read(SafeFileHandle handle, long offset, int length, string file)
    {
        var bytes = new byte[length];
        Read(handle, offset, bytes, file);
        return bytes;
    }

    /// <summary>Fills <paramref name="into"/> from <paramref name="offset"/> on; an <see cref="IOException"/> when the file ends first.</summary>
    /// <param name="file">What the file is, for the message when it ends before the range does.</param>
    public static void Read(SafeFileHandle handle, long offset, Span<byte> into, string file)
    {
        var read = 0;
        while (read < into.Length)
        {
            var n = RandomAccess.Read(handle, into[read..], offset + read);
            if (n == 0)
            {
                throw new IOException($"{file} ended {into.Length - read} bytes early");
            }

            read += n;
        }
    }
}
