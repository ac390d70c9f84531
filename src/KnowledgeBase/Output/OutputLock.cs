namespace KnowledgeBase.Output;

/// <summary>
/// An output folder is written by one build at a time. Two builds into one folder each took the other's
/// staging folder for a leftover and deleted it, and swapped their sites in at once: one reported success
/// over half a site, once without its marker (so every later build refused the folder), the other crashed.
/// The lock is a file beside the output, <c>.NAME.lock</c>, that a build holds open for itself alone: the
/// system's own file lock, which ends with the process however it ends, so a killed build never leaves a
/// folder locked. The file is removed when the build is done.
/// </summary>
public sealed class OutputLock : IDisposable, Interruption.IStoppable
{
    /// <summary>How often a lock whose file vanished under it is tried again before giving up.</summary>
    private const int Attempts = 20;

    private readonly FileStream _stream;
    private int _released;

    private OutputLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
        Interruption.Add(this);
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>
    /// Takes the output folder for one build: refuses a folder kb may not replace before anything is written
    /// beside it (so a refused build writes nothing, not even its cache), then locks it.
    /// </summary>
    /// <exception cref="OutputException">The folder may not be replaced, cannot be written beside, or another build holds it.</exception>
    public static OutputLock Take(string outputDirectory)
    {
        var output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDirectory));
        StagingDirectory.EnsureReplaceable(output);
        var parent = System.IO.Path.GetDirectoryName(output) ?? throw new OutputException($"cannot write a site to '{output}'");
        var path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(output)}.lock");
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file where a folder of the path should be, or no right to create it: the user's to fix.
            throw new OutputException($"cannot write a site to '{output}': {ex.Message}");
        }

        try
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                // Opening it would open, and stamp, whatever file it leads to.
                throw new OutputException($"'{path}' is a link, not kb's lock file; remove it");
            }

            return Open(path, output);
        }
        catch (IOException ex) when (IsHeld(ex))
        {
            throw new OutputException($"another kb build is writing '{output}'; run again when it has finished");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write beside '{output}': {ex.Message}");
        }
    }

    private static OutputLock Open(string path, string output)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows refuses any other open of the file while it is held, and deletes it when closed.
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose), path);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            // A build that lets go removes the file first, then closes it: a build that opened the file just
            // before may then lock a file nobody else can see, while a third locks the new one under that name.
            // So the file locked must still be the one the name leads to: stamp it with a time no other build
            // will choose, and read the name's time back.
            var stamp = DateTime.UnixEpoch.AddSeconds(Random.Shared.NextInt64(1L << 32));
            File.SetLastWriteTimeUtc(stream.SafeFileHandle, stamp);
            if (File.Exists(path) && File.GetLastWriteTimeUtc(path) == stamp)
            {
                return new OutputLock(stream, path);
            }

            stream.Dispose();
        }

        throw new OutputException($"another kb build is writing '{output}'; run again when it has finished");
    }

    /// <summary>The system says another open file holds the lock: a sharing violation on Windows, EWOULDBLOCK elsewhere.</summary>
    private static bool IsHeld(IOException ex) =>
        OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) is 32 or 33 : ex.HResult == (OperatingSystem.IsLinux() ? 11 : 35);

    /// <summary>Removes the lock file, then lets go of it (on Windows closing it removes it).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            try
            {
                File.Delete(Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A lock file left behind is harmless: the next build takes it and removes it.
            }
        }

        _stream.Dispose();
        Interruption.Remove(this);
    }

    void Interruption.IStoppable.Stop() => Dispose();
}
