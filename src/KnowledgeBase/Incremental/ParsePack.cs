using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;

namespace KnowledgeBase.Incremental;

/// <summary>
/// Front-matter read by the last <c>kb build</c>, in one <see cref="CachePack"/> (<c>parsed.pack</c>):
/// each file's result filed under a hash of everything the reader reads (the file's path and text, the
/// YAML depth limit, kb.yml's <c>fields:</c>) and of the code that read it. A build that finds its key
/// takes the postmortem and its findings from there instead of parsing the YAML again, which at 10,000
/// postmortems was most of the 2.4 to 3 s a build spent reading them, rebuilt after each save.
/// </summary>
public sealed class ParsePack(CachePack pack) : IParseMemo, IDisposable
{
    /// <summary>Bumped when the entries' format or the key's parts change.</summary>
    private const string Format = "kb-parse-cache/1";

    /// <summary>Texts that recur from file to file (tags, services, field paths), one copy each for the whole build.</summary>
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The settings' hash of the last reader met (a build has one); replaced whole, so safe from several threads.</summary>
    private Settings? _settings;

    public Postmortem? Read(SourceFile file, PostmortemReader reader, DiagnosticBag diagnostics)
    {
        var key = Key(file, reader);
        // A damaged or foreign entry is a miss: the file is read again and the entry rewritten.
        if (pack.TryReadPrevious(key, out var bytes) && ParsedEntry.TryRead(bytes, file.Text, _strings, out var kept, out var keptFindings))
        {
            pack.Put(key, bytes);
            diagnostics.AddRange(keptFindings);
            return kept;
        }

        var own = new DiagnosticBag();
        var result = reader.Read(file, own);
        var findings = own.ToSortedList();
        diagnostics.AddRange(findings);
        if (ParsedEntry.Write(file.Text, result, findings) is { } entry)
        {
            pack.Put(key, entry);
        }

        return result;
    }

    /// <summary>Nothing to do here: the next pack holds only the files this build read (see <see cref="KeepOnlyUsed"/>).</summary>
    public void KeepOnly(IReadOnlySet<string> paths)
    {
    }

    /// <summary>After a build that wrote its site: the entries it read or made replace the last build's.</summary>
    public void KeepOnlyUsed() => pack.Commit();

    public void Dispose() => pack.Dispose();

    /// <summary>
    /// The hash of what the result depends on. A 128-bit XXH3 over the text's characters as they are (never
    /// encoded), not SHA-256: the key only tells a file's versions apart, nobody gains by forging one (the
    /// files are the author's own), and at 10,000 postmortems SHA-256 of 210 MB of text was most of what
    /// filing the results added to a build without a cache.
    /// </summary>
    private string Key(SourceFile file, PostmortemReader reader)
    {
        var hash = new XxHash128();
        hash.Append(SettingsOf(reader));
        hash.Append(BitConverter.GetBytes(file.RelativePath.Length));
        hash.Append(MemoryMarshal.AsBytes(file.RelativePath.AsSpan()));
        hash.Append(BitConverter.GetBytes(file.Text.Length));
        hash.Append(MemoryMarshal.AsBytes(file.Text.AsSpan()));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The part of every key a build shares (the format, the code, the reader's settings), hashed once per reader.</summary>
    private byte[] SettingsOf(PostmortemReader reader)
    {
        var known = _settings;
        if (ReferenceEquals(known?.Reader, reader))
        {
            return known.Hash;
        }

        var fields = string.Join('\u001e', reader.FieldMap.Sources.Select(s => s.Key + '\u001f' + string.Join('\u001f', s.Value)));
        var settings = string.Join('\0', Format, CacheFiles.CodeVersion, reader.MaxYamlDepth.ToString(CultureInfo.InvariantCulture), fields);
        var made = new Settings(reader, SHA256.HashData(Encoding.UTF8.GetBytes(settings)));
        _settings = made;
        return made.Hash;
    }

    private sealed record Settings(PostmortemReader Reader, byte[] Hash);
}
