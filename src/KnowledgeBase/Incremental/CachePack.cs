using System.Collections.Concurrent;
using System.Text;
using KnowledgeBase.Model;
using KnowledgeBase.Output;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeBase.Incremental;

/// <summary>
/// A build cache's entries in one file instead of one file each. Reading and writing tens of thousands of
/// small files (each written aside, then moved) cost a cold build more than the cache saved a warm one;
/// a pack is one sequential write. Each build reads the previous pack and writes the next one: an entry
/// it uses is carried over (its bytes copied as they are, nothing decoded), an entry it makes is added,
/// and on <see cref="Commit"/> the next pack, with its index at the end, replaces the previous one. What
/// the build did not use is simply not carried, so the pack stays the size of the knowledge base.
/// </summary>
/// <remarks>
/// The next pack doubles as the build's store of what it made (see <see cref="IByteRanges"/>): a rendered
/// body kept here is read back from it when its page is written, so it is not held in memory meanwhile.
/// A damaged or foreign pack is an empty one: the cache is never needed for a correct build. Safe for
/// several threads: each write reserves its own range, and reads and writes go by position.
/// </remarks>
public sealed class CachePack : IByteRanges, IDisposable
{
    /// <summary>The file starts with this, then the offset of its index (8 bytes, little-endian).</summary>
    private static readonly byte[] Magic = "kb-pack1"u8.ToArray();
    private const int HeaderLength = 16;

    /// <summary>What the file is called in a message when it ends early.</summary>
    private const string PackFile = "the cache pack";

    private readonly string _path;
    private readonly SafeFileHandle? _previous;
    private readonly IReadOnlyDictionary<string, PackRange[]> _previousIndex;
    private readonly SafeFileHandle? _next;
    private readonly string? _nextPath;
    private readonly ConcurrentDictionary<string, PackRange[]> _nextIndex = new(StringComparer.Ordinal);
    private long _end = HeaderLength;
    private bool _committed;

    /// <summary>Where one part of an entry is, in the next pack.</summary>
    public readonly record struct PackRange(long Offset, int Length);

    private CachePack(string path, SafeFileHandle? previous, IReadOnlyDictionary<string, PackRange[]> previousIndex, SafeFileHandle? next, string? nextPath)
    {
        _path = path;
        _previous = previous;
        _previousIndex = previousIndex;
        _next = next;
        _nextPath = nextPath;
    }

    /// <summary>The pack at <paramref name="path"/> as the last build left it, and a new one to fill.</summary>
    public static CachePack Open(string path)
    {
        path = Path.GetFullPath(path);
        var (previous, index) = ReadPrevious(path);
        SafeFileHandle? next = null;
        string? nextPath = null;
        try
        {
            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            // A build that was killed leaves its next pack behind; the output's lock (OutputLock) keeps two
            // builds from sharing a cache, so any such file is an orphan.
            foreach (var orphan in Directory.EnumerateFiles(folder, Path.GetFileName(path) + ".*.tmp"))
            {
                CacheFiles.TryDelete(orphan);
            }

            nextPath = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
            // Shared for deletion, as the previous pack is: Windows renames an open file only then.
            next = File.OpenHandle(nextPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
            RandomAccess.Write(next, Magic, 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder we cannot write costs a slower next build, not this one: nothing is kept.
            next?.Dispose();
            next = null;
            nextPath = null;
        }

        return new CachePack(path, previous, index, next, nextPath);
    }

    /// <summary>The keys of the pack at <paramref name="path"/> (empty when there is none or it is damaged).</summary>
    public static IReadOnlyCollection<string> KeysOf(string path)
    {
        var (handle, index) = ReadPrevious(Path.GetFullPath(path));
        handle?.Dispose();
        return [.. index.Keys];
    }

    /// <summary>
    /// Finds the entry the last build left under <paramref name="key"/> and carries it into the next pack;
    /// the ranges say where its parts are there. False when there is none, or nothing can be kept.
    /// </summary>
    public bool TryGet(string key, out PackRange[] parts)
    {
        parts = [];
        if (_next is null)
        {
            return false;
        }

        if (_nextIndex.TryGetValue(key, out var carried))
        {
            parts = carried;
            return true;
        }

        if (!TryReadPrevious(key, out var old, out var bytes))
        {
            return false;
        }

        try
        {
            // The parts of an entry were written one after the other: one read, one write.
            var offset = Reserve(bytes.Length);
            RandomAccess.Write(_next, bytes, offset);
            parts = [.. old.Select(p => new PackRange(p.Offset - old[0].Offset + offset, p.Length))];
            _nextIndex[key] = parts;
            return true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or OverflowException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The bytes of the entry the last build left under <paramref name="key"/>, its parts one after the other,
    /// without carrying it into the next pack (the caller puts what it keeps). False when there is none.
    /// </summary>
    public bool TryReadPrevious(string key, out byte[] bytes) => TryReadPrevious(key, out _, out bytes);

    /// <param name="parts">Where the entry's parts are in the previous pack.</param>
    private bool TryReadPrevious(string key, out PackRange[] parts, out byte[] bytes)
    {
        bytes = [];
        if (_previous is null || !_previousIndex.TryGetValue(key, out parts!) || parts.Length == 0)
        {
            parts = [];
            return false;
        }

        try
        {
            var start = parts[0].Offset;
            bytes = FileRanges.Read(_previous, start, checked((int)(parts[^1].Offset + parts[^1].Length - start)), PackFile);
            return true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or OverflowException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Adds an entry of one or more parts; null when nothing can be kept (the caller keeps them itself).</summary>
    public PackRange[]? Put(string key, params byte[][] parts)
    {
        if (_next is null)
        {
            return null;
        }

        var offset = Reserve(parts.Sum(p => (long)p.Length));
        var ranges = new PackRange[parts.Length];
        try
        {
            foreach (var (part, i) in parts.Select((p, i) => (p, i)))
            {
                RandomAccess.Write(_next, part, offset);
                ranges[i] = new PackRange(offset, part.Length);
                offset += part.Length;
            }
        }
        catch (IOException)
        {
            return null;
        }

        _nextIndex[key] = ranges;
        return ranges;
    }

    /// <summary>A part the next pack holds.</summary>
    public byte[] Read(PackRange part) => Read(part.Offset, part.Length);

    /// <inheritdoc />
    public byte[] Read(long offset, int length) => FileRanges.Read(_next ?? throw new InvalidOperationException("the pack holds nothing"), offset, length, PackFile);

    /// <summary>
    /// Writes the index after the entries and puts the next pack in the previous one's place. The bytes
    /// read through this pack stay readable until it is disposed.
    /// </summary>
    public void Commit()
    {
        if (_next is null || _committed)
        {
            return;
        }

        try
        {
            var index = WriteIndex(_nextIndex);
            var at = Reserve(index.Length);
            RandomAccess.Write(_next, index, at);
            RandomAccess.Write(_next, BitConverter.GetBytes(at), Magic.Length);
            File.Move(_nextPath!, _path, overwrite: true);
            _committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The previous pack stays; this build's entries are made again next time.
        }
    }

    public void Dispose()
    {
        _previous?.Dispose();
        _next?.Dispose();
        if (!_committed && _nextPath is not null)
        {
            CacheFiles.TryDelete(_nextPath);
        }
    }

    private long Reserve(long length) => Interlocked.Add(ref _end, length) - length;

    private static byte[] WriteIndex(IEnumerable<KeyValuePair<string, PackRange[]>> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            var sorted = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            writer.Write(sorted.Count);
            foreach (var (key, parts) in sorted)
            {
                writer.Write(key);
                writer.Write(parts.Length);
                foreach (var part in parts)
                {
                    writer.Write(part.Offset);
                    writer.Write(part.Length);
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>The previous pack and its index; none when it is missing, damaged or of another format.</summary>
    private static (SafeFileHandle? Handle, IReadOnlyDictionary<string, PackRange[]> Index) ReadPrevious(string path)
    {
        SafeFileHandle? handle = null;
        try
        {
            if (!File.Exists(path))
            {
                return (null, new Dictionary<string, PackRange[]>());
            }

            // Readable until the build ends, and replaceable meanwhile (Commit moves the next pack over it).
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            var header = FileRanges.Read(handle, 0, HeaderLength, PackFile);
            var at = BitConverter.ToInt64(header, Magic.Length);
            if (!header.AsSpan(0, Magic.Length).SequenceEqual(Magic) || at < HeaderLength || at >= length)
            {
                throw new InvalidDataException("not a pack");
            }

            using var reader = new BinaryReader(new MemoryStream(FileRanges.Read(handle, at, checked((int)(length - at)), PackFile)), Encoding.UTF8);
            // Each entry takes at least 6 bytes of the index: a count past that is damage, not a size to allocate.
            var count = reader.ReadInt32();
            if (count < 0 || count > (length - at) / 6)
            {
                throw new InvalidDataException("a damaged index");
            }

            var index = new Dictionary<string, PackRange[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var partCount = reader.ReadInt32();
                if (partCount < 0 || partCount > (length - at) / 12)
                {
                    throw new InvalidDataException("a damaged index");
                }

                var parts = new PackRange[partCount];
                for (var p = 0; p < parts.Length; p++)
                {
                    parts[p] = new PackRange(reader.ReadInt64(), reader.ReadInt32());
                    if (parts[p].Offset < HeaderLength || parts[p].Length < 0 || parts[p].Offset + parts[p].Length > at)
                    {
                        throw new InvalidDataException("a part lies outside the pack");
                    }
                }

                index[key] = parts;
            }

            return (handle, index);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or OverflowException or ArgumentException)
        {
            handle?.Dispose();
            return (null, new Dictionary<string, PackRange[]>());
        }
    }
}
