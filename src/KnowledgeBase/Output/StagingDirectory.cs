using System.Text;

namespace KnowledgeBase.Output;

/// <summary>
/// A folder beside the output folder that a build writes into; <see cref="Commit"/> swaps it in whole.
/// Until then the previous site is untouched, and disposing an uncommitted staging folder keeps it as the
/// spare (see <see cref="SpareSite"/>) or deletes it, so a failed or interrupted build never leaves a
/// half-written site.
/// </summary>
public sealed class StagingDirectory : ISiteFolder, Interruption.IStoppable
{
    /// <summary>A file in every site we write, so we never replace a folder that holds anything else.</summary>
    public const string MarkerFile = Model.SitePaths.SiteMarker;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;

    /// <summary>Held while the site is swapped in and the previous one kept or deleted: a stop waits for both.</summary>
    private readonly Lock _commit = new();
    private bool _committed;

    /// <summary>Writes in progress, so a stop moves or deletes the folder only once none can still add to it.</summary>
    private int _writers;
    private int _stopped;

    /// <summary>The site being replaced, whose unchanged files are linked instead of written; null when there is none to reuse.</summary>
    private readonly PreviousSite? _previous;

    /// <summary>Where the replaced site is kept for the next build (see <see cref="SpareSite"/>); null to delete it.</summary>
    private readonly string? _sparePath;

    /// <summary>The spare this folder was made from, whose files are kept when right; null for a new folder.</summary>
    private readonly SpareSite? _spare;

    /// <summary>Set when a write into the spare failed: it is then deleted, never kept for the next build.</summary>
    private volatile bool _spareFailed;

    private StagingDirectory(string output, string path, string? sparePath, SpareSite? spare)
    {
        _output = output;
        _previous = PreviousSite.At(output);
        _sparePath = sparePath;
        _spare = spare;
        Root = path;
        Interruption.Add(this);
    }

    public string Root { get; }

    /// <param name="spareSite">
    /// Where the site this build replaces is kept, to be the next build's staging folder (see
    /// <see cref="SpareSite"/>); the one found there now becomes this build's. Null: the replaced site is deleted.
    /// </param>
    public static StagingDirectory Create(string outputDirectory, string? spareSite = null)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new OutputException($"cannot write a site to '{output}'");
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file where a folder of the path should be, or no right to create it: the user's to fix.
            throw new OutputException($"cannot write a site to '{output}': {ex.Message}");
        }

        spareSite = spareSite is null ? null : Path.GetFullPath(spareSite).TrimEnd(Path.DirectorySeparatorChar);
        SiteLeftovers.Remove(parent, Path.GetFileName(output), spareSite);
        var path = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid().ToString("N")[..12]}");
        var spare = spareSite is null ? null : SpareSite.TryTake(spareSite, path);
        var staging = new StagingDirectory(output, path, spareSite, spare);
        try
        {
            Directory.CreateDirectory(path);
            staging.WriteText(MarkerFile, "This folder is written by kb build and replaced whole on every build.\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            staging.Dispose();
            throw new OutputException($"cannot write beside '{output}': {ex.Message}");
        }

        return staging;
    }

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] content) => Write(relativePath, full =>
    {
        if (_spare?.Holds(full, content) == true)
        {
            return;
        }

        var target = ReplaceableTarget(full);
        if (_previous?.TryReuse(relativePath, content, target) != true)
        {
            File.WriteAllBytes(target, content);
        }
    });

    public void CopyFile(string relativePath, string sourceFile) => Write(relativePath, full =>
        File.Copy(sourceFile, ReplaceableTarget(full), overwrite: true));

    /// <summary>
    /// One write, counted in (see <see cref="BeginWrite"/>), into the folder made for it; <paramref name="write"/>
    /// is given the full path. A failure is named by the path it was for (see <see cref="WriteFailed"/>).
    /// </summary>
    private void Write(string relativePath, Action<string> write)
    {
        BeginWrite();
        try
        {
            var full = Resolve(relativePath);
            MakeFolder(Path.GetDirectoryName(full)!);
            write(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(relativePath, ex);
        }
        finally
        {
            Interlocked.Decrement(ref _writers);
        }
    }

    /// <summary>
    /// A write that failed (a full disk, a folder made unwritable), named by the page it was for. In a spare
    /// the failure may be the spare's own (see <see cref="UnusableSpareException"/>): the build can then try
    /// again in a new folder.
    /// </summary>
    private OutputException WriteFailed(string relativePath, Exception ex)
    {
        if (_spare is null)
        {
            return new OutputException($"cannot write '{relativePath}' into '{Root}': {ex.Message}");
        }

        _spareFailed = true;
        return new UnusableSpareException($"cannot write '{relativePath}' into the site kept from the last build: {ex.Message}", Root);
    }

    /// <summary>
    /// A path written a second time, or found in the spare site, may name a file linked from the previous
    /// site: writing through that name would change the previous site, still the live one until the swap.
    /// The name is removed first. A new folder with no previous site to link from holds no such name.
    /// </summary>
    private string ReplaceableTarget(string full)
    {
        if (_previous is null && _spare is null)
        {
            return full;
        }

        if (_spare is not null)
        {
            _spare.Clear(full);
        }
        else if (File.Exists(full))
        {
            File.Delete(full);
        }

        return full;
    }

    private void MakeFolder(string folder)
    {
        if (_spare is not null)
        {
            _spare.MakeFolder(folder);
        }
        else
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Counts a write in; once the build is stopped, the thread waits for the process to end instead.</summary>
    private void BeginWrite()
    {
        Interlocked.Increment(ref _writers);
        if (Volatile.Read(ref _stopped) != 0)
        {
            Interlocked.Decrement(ref _writers);
            WaitForTheEnd();
        }
    }

    /// <summary>
    /// The process is ending (<see cref="Interruption.StopAll"/>) and this folder is being deleted: whatever
    /// the calling thread would do next could only add to it again, or report a failure nobody asked for.
    /// </summary>
    private static void WaitForTheEnd() => Thread.Sleep(Timeout.Infinite);

    private string Resolve(string relativePath) => SiteFolderPaths.Resolve(Root, relativePath, "output folder");

    public bool Contains(string relativePath) =>
        _spare is null ? File.Exists(Resolve(relativePath)) : _spare.Wrote(Resolve(relativePath));

    /// <summary>
    /// Replaces the output folder with the staging folder: two renames on the same volume (the first undone
    /// when the second fails); then the previous site is kept as the spare, or deleted. A staging folder
    /// made from a spare first loses what this build did not write.
    /// </summary>
    public void Commit()
    {
        lock (_commit)
        {
            if (Volatile.Read(ref _stopped) != 0)
            {
                WaitForTheEnd();
            }

            RemoveUnwritten();
            Swap();
        }
    }

    /// <summary>What the spare held and this build did not write goes before the swap.</summary>
    private void RemoveUnwritten()
    {
        try
        {
            _spare?.RemoveUnwritten();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _spareFailed = true;
            throw new UnusableSpareException($"cannot remove an old file from the site kept from the last build: {ex.Message}", Root);
        }
    }

    private void Swap()
    {
        EnsureReplaceable(_output);
        string? old = null;
        try
        {
            if (Directory.Exists(_output))
            {
                if (_sparePath is not null && File.Exists(Path.Combine(_output, MarkerFile)) && SpareSite.TryKeep(_output, _sparePath))
                {
                    old = _sparePath;
                }
                else
                {
                    old = Root.Replace(".staging-", ".old-", StringComparison.Ordinal);
                    Directory.Move(_output, old);
                }
            }

            try
            {
                Directory.Move(Root, _output);
            }
            catch when (old is not null)
            {
                Directory.Move(old, _output);
                throw;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot replace '{_output}': {ex.Message}");
        }

        _committed = true;
        if (old is not null && old != _sparePath)
        {
            try
            {
                SiteLeftovers.DeleteSite(old);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new OutputException($"wrote the site to '{_output}', but cannot delete the previous one, moved to '{old}': {ex.Message}; delete it by hand");
            }
        }
    }

    /// <summary>
    /// Only a missing or empty folder, or a site we wrote before, may be replaced: never a file, or a folder
    /// of the user's. Reads only, so a build can ask before it writes anything.
    /// </summary>
    /// <exception cref="OutputException">The output may not be replaced.</exception>
    public static void EnsureReplaceable(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (File.Exists(output))
        {
            throw new OutputException($"'{output}' is a file, not a folder");
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            throw new OutputException(
                $"'{output}' is not empty and was not written by kb build; choose another --output folder or empty it first");
        }
    }

    public void Dispose()
    {
        DeleteUncommitted();
        Interruption.Remove(this);
    }

    /// <summary>
    /// Stops the build's writes where they stand (a swap in progress is finished first, previous site
    /// kept or deleted) and keeps the staging folder as the spare, or deletes it, unless it is the site now.
    /// </summary>
    void Interruption.IStoppable.Stop()
    {
        lock (_commit)
        {
            Interlocked.Exchange(ref _stopped, 1);
        }

        SpinWait.SpinUntil(() => Volatile.Read(ref _writers) == 0, TimeSpan.FromSeconds(30));
        DeleteUncommitted();
    }

    /// <summary>
    /// A staging folder that never became the site is kept as the spare when the build keeps one (whatever it
    /// holds, the next build checks each file), else deleted. A spare that could not be written into is
    /// deleted, its marker first: if the rest cannot go, no later build takes the folder for a site of its
    /// own again (it would fail the same way), and none deletes it either.
    /// </summary>
    private void DeleteUncommitted()
    {
        if (_committed || !Directory.Exists(Root) || (!_spareFailed && _sparePath is not null && SpareSite.TryKeep(Root, _sparePath)))
        {
            return;
        }

        try
        {
            if (_spareFailed)
            {
                File.Delete(Path.Combine(Root, MarkerFile));
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Disposing runs as a failed build unwinds: its own error is the one to report. The next build
            // removes this folder, or says why it cannot; one that lost its marker is the user's to delete,
            // and the build's note names it (see SiteBuilder).
        }
    }
}
