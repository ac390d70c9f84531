using Microsoft.Win32.SafeHandles;

namespace KnowledgeBase.Output;

/// <summary>Reading a byte range of a file by position, whole: a positional read may return fewer bytes than asked.</summary>
public static class FileRanges
{
    /// <param name="file">What the file is, for the message when it ends before the range does.</param>
    public static byte[] Read(SafeFileHandle handle, long offset, int length, string file)
    {
        var bytes = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), offset + read);
            if (n == 0)
            {
                throw new IOException($"{file} ended {length - read} bytes early");
            }

            read += n;
        }

        return bytes;
    }
}
