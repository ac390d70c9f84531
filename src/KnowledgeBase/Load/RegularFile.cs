using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeBase.Load;

/// <summary>
/// Whether a path, followed through its links, is a regular file: the only kind of file kb opens. .NET's
/// <c>File.Exists</c> also says yes to a FIFO (opening it waits, for ever, for a writer), a device (which can
/// be endless), a socket, and a link that loops or leads nowhere (which cannot be opened at all): a
/// postmortem linking to one of those, or one in <c>static/</c>, hung or crashed the build. .NET has no
/// call that tells a file's type, so it is asked of the system: <c>statx</c> on Linux, <c>stat</c> on macOS.
/// </summary>
public static class RegularFile
{
    private const int FileTypeMask = 0xF000;
    private const int RegularType = 0x8000;

    public static bool Is(string path)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return LinuxMode(path) is { } mode ? (mode & FileTypeMask) == RegularType : ExistsAsFile(path);
            }

            if (OperatingSystem.IsMacOS())
            {
                return MacMode(path) is { } mode && (mode & FileTypeMask) == RegularType;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without the call: the check .NET itself can make.
        }

        // Windows has no FIFOs or devices among files, only links, which .NET follows here.
        return ExistsAsFile(path);
    }

    /// <summary>A file, not a folder, that a link (followed to its end) leads to, if it is one.</summary>
    private static bool ExistsAsFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is null ? info.Exists : info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true };
        }
        catch (IOException)
        {
            // A loop of links.
            return false;
        }
    }

    /// <summary>The file type and mode bits of what <paramref name="path"/> leads to; null when it cannot be known.</summary>
    private static int? LinuxMode(string path)
    {
        // struct statx is 256 bytes on every architecture; stx_mode is the 16-bit field at offset 28.
        var buffer = new byte[256];
        if (StatX(AtCurrentFolder, NulTerminated(path), 0, StatxType, buffer) != 0)
        {
            // ENOSYS: a kernel or sandbox without statx; anything else: no file there (or a loop).
            return Marshal.GetLastPInvokeError() == NoSuchSystemCall ? null : 0;
        }

        return BitConverter.ToUInt16(buffer, 28);
    }

    /// <summary>The same on macOS: struct stat starts with a 32-bit dev_t, then the 16-bit st_mode.</summary>
    private static int MacMode(string path)
    {
        var buffer = new byte[256];
        return MacStat(NulTerminated(path), buffer) == 0 ? BitConverter.ToUInt16(buffer, 4) : 0;
    }

    private const int AtCurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const int NoSuchSystemCall = 38;

    private static byte[] NulTerminated(string path) => Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatX(int folder, byte[] path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int MacStat(byte[] path, [Out] byte[] buffer);
}
