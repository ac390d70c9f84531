using System.Diagnostics;

namespace KnowledgeBase.Testing;

/// <summary>
/// A folder whose entries cannot be added or removed until disposed. Tests run as root in CI, and root ignores
/// permissions: there the folder is made immutable (<c>chattr +i</c>), elsewhere read-only. Unix only.
/// </summary>
public sealed class Unwritable : IDisposable
{
    private readonly string _folder;

    public Unwritable(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("folders are made unwritable the Unix way");
        }

        _folder = folder;
        if (IsRoot)
        {
            Chattr("+i", folder);
        }
        else
        {
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    public void Dispose() => Release(_folder);

    /// <summary>Makes a folder writable again, wherever it was moved to.</summary>
    public static void Release(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (IsRoot)
        {
            Chattr("-i", folder);
        }
        else
        {
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.UserWrite);
        }
    }

    private static void Chattr(string flag, string folder)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, folder]) { RedirectStandardError = true })!;
        var error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        if (chattr.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {flag} {folder} failed: {error}");
        }
    }
}
