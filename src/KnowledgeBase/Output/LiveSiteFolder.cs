using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Output;

/// <summary>
/// A served site updated in place, build after build: a file is written only when its bytes differ from
/// what the previous build wrote there (each through a temporary file and a rename, so a reader never
/// sees half of one), and files no build wrote this time are removed at <see cref="Commit"/>. A server
/// that rebuilds on every save then writes a handful of files instead of the whole site. Not for
/// <c>kb build</c>: a failed build here can leave a mix, which a server papers over with its error
/// overlay, but a published site must not.
/// </summary>
public sealed class LiveSiteFolder : ISiteFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What each file holds, as the last builds wrote it: a content hash, or a copied file's stamp.</summary>
    private readonly ConcurrentDictionary<string, string> _contents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _touched = new(StringComparer.Ordinal);

    /// <summary>The array each file was last written from: a page reused from the cache is the same array, so no hashing.</summary>
    private readonly ConcurrentDictionary<string, byte[]> _sources = new(StringComparer.Ordinal);

    public LiveSiteFolder(string root)
    {
        Root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>How many files the last build actually wrote (for the server's log and for tests).</summary>
    public int Written => _written;

    private int _written;

    /// <summary>Starts a build: nothing touched yet.</summary>
    public LiveSiteFolder Begin()
    {
        _touched.Clear();
        _written = 0;
        return this;
    }

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] content)
    {
        if (_sources.TryGetValue(relativePath, out var previous) && ReferenceEquals(previous, content) && File.Exists(Resolve(relativePath)))
        {
            _touched[relativePath] = true;
            return;
        }

        Update(relativePath, Convert.ToHexStringLower(SHA256.HashData(content)), full => File.WriteAllBytes(full, content));
        _sources[relativePath] = content;
    }

    public void CopyFile(string relativePath, string sourceFile)
    {
        var source = new FileInfo(sourceFile);
        var stamp = FormattableString.Invariant($"copy:{source.FullName}:{source.Length}:{source.LastWriteTimeUtc.Ticks}");
        Update(relativePath, stamp, full => File.Copy(sourceFile, full, overwrite: true));
    }

    public bool Contains(string relativePath) => _touched.ContainsKey(relativePath);

    /// <summary>Removes the files this build did not write: pages of deleted postmortems, old search data.</summary>
    public void Commit()
    {
        foreach (var stale in _contents.Keys.Where(p => !_touched.ContainsKey(p)).ToList())
        {
            _contents.TryRemove(stale, out _);
            _sources.TryRemove(stale, out _);
            var full = Resolve(stale);
            if (File.Exists(full))
            {
                File.Delete(full);
            }
        }
    }

    /// <summary>Nothing to undo: a failed build is followed by the next save's build.</summary>
    public void Dispose()
    {
    }

    private void Update(string relativePath, string content, Action<string> write)
    {
        _touched[relativePath] = true;
        var full = Resolve(relativePath);
        if (_contents.TryGetValue(relativePath, out var previous) && previous == content && File.Exists(full))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".kb-" + Guid.NewGuid().ToString("N")[..8];
        write(temporary);
        File.Move(temporary, full, overwrite: true);
        _contents[relativePath] = content;
        Interlocked.Increment(ref _written);
    }

    private string Resolve(string relativePath) => SiteFolderPaths.Resolve(Root, relativePath, "served folder");
}
