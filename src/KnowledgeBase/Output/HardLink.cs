using System.Runtime.InteropServices;

namespace KnowledgeBase.Output;

/// <summary>
/// A second name for an existing file (POSIX <c>link</c>). .NET creates symbolic links but not hard ones;
/// where the system has none to offer (Windows, a file system without them, two volumes), the caller writes the file.
/// </summary>
internal static class HardLink
{
    /// <summary>Whether <paramref name="newPath"/> now names the file <paramref name="existing"/> names.</summary>
    public static bool TryCreate(string existing, string newPath) =>
        !OperatingSystem.IsWindows() && link(existing, newPath) == 0;

    [DllImport("libc")]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
