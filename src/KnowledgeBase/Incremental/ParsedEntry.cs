using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Model;

namespace KnowledgeBase.Incremental;

/// <summary>
/// What reading one file's front-matter gave (its <see cref="Postmortem"/>, or none, and its findings) as
/// the bytes <see cref="ParsePack"/> files it under. The body is not written: it is the end of the file's
/// text, which the entry's key already fixes, so only its length is kept and a read takes it from the text.
/// </summary>
/// <remarks>
/// Every field of <see cref="Postmortem"/> is written here; the tests read real archives back through it
/// and compare every public property, so a field added to the model and not here fails them.
/// </remarks>
public static class ParsedEntry
{
    /// <summary>Bumped whenever what is written changes; an entry of another version is a miss.</summary>
    private const byte Version = 1;

    /// <summary>The bytes of a result, or null when the body is not the end of <paramref name="text"/> (then it is not kept).</summary>
    public static byte[]? Write(string text, Postmortem? postmortem, IReadOnlyList<Diagnostic> findings)
    {
        if (postmortem is not null && !text.EndsWith(postmortem.Body, StringComparison.Ordinal))
        {
            return null;
        }

        // Most entries are 1 to 4 kB: one buffer of that size is rarely grown.
        using var stream = new MemoryStream(4096);
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Version);
            w.Write(findings.Count);
            foreach (var f in findings)
            {
                w.Write(f.Path);
                Write(w, f.Position);
                w.Write((int)f.Severity);
                w.Write(f.Code);
                w.Write(f.Message);
            }

            w.Write(postmortem is not null);
            if (postmortem is not null)
            {
                Write(w, postmortem);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Reads what <see cref="Write"/> wrote for <paramref name="text"/>; false when the bytes are not such an entry.</summary>
    /// <param name="strings">Where texts that recur from file to file (field paths, codes) keep one copy.</param>
    public static bool TryRead(byte[] bytes, string text, ConcurrentDictionary<string, string> strings, out Postmortem? postmortem, out IReadOnlyList<Diagnostic> findings)
    {
        postmortem = null;
        findings = [];
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (r.ReadByte() != Version)
            {
                return false;
            }

            var list = new Diagnostic[Count(r)];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = new Diagnostic(r.ReadString(), ReadPosition(r), (DiagnosticSeverity)r.ReadInt32(), Shared(r.ReadString(), strings), r.ReadString());
            }

            postmortem = r.ReadBoolean() ? ReadPostmortem(r, text, strings) : null;
            findings = list;
            return r.BaseStream.Position == bytes.Length;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or InvalidDataException or FormatException)
        {
            postmortem = null;
            return false;
        }
    }

    private static void Write(BinaryWriter w, Postmortem p)
    {
        w.Write(p.Id);
        w.Write(p.SourcePath);
        w.Write(p.Title);
        Write(w, p.Date);
        WriteOptional(w, p.Severity);
        w.Write((int)p.Status);
        w.Write((int)p.Kind);
        Write(w, p.Services);
        Write(w, p.Tags);
        Write(w, p.Authors);
        Write(w, p.Detected);
        Write(w, p.Resolved);
        Write(w, p.Published);
        WriteOptional(w, p.Impact);
        WriteOptional(w, p.Summary);
        w.Write(p.ContributingFactors.Length);
        foreach (var f in p.ContributingFactors)
        {
            w.Write(f.Category);
            w.Write(f.Description);
            Write(w, f.Tags);
            WriteOptional(w, f.Id);
            Write(w, f.Influences);
            WriteOptional(w, f.NoAction);
        }

        w.Write(p.ActionItems.Length);
        foreach (var a in p.ActionItems)
        {
            w.Write(a.Title);
            WriteOptional(w, a.Owner);
            WriteOptional(w, a.Ticket);
            Write(w, a.Due);
            w.Write((int)a.Status);
            Write(w, a.Closed);
            Write(w, a.Addresses);
            w.Write(a.Priority is { } priority ? (int)priority : -1);
            WriteOptional(w, a.Reason);
            Write(w, a.Tags);
            w.Write(a.DueFromSlo);
        }

        Write(w, p.Related);
        WriteOptional(w, p.RepeatOf);
        w.Write(p.BlamelessCheck);
        WriteValue(w, p.Extra);
        w.Write(p.Body.Length);
        w.Write(p.BodyLine);
        var locations = p.Locations.Entries;
        w.Write(locations.Count);
        foreach (var (path, position) in locations)
        {
            w.Write(path);
            Write(w, position);
        }

        Write(w, p.Locations.Fallback);
    }

    private static Postmortem ReadPostmortem(BinaryReader r, string text, ConcurrentDictionary<string, string> strings)
    {
        var postmortem = new Postmortem
        {
            Id = r.ReadString(),
            SourcePath = r.ReadString(),
            Title = r.ReadString(),
            Date = ReadTime(r),
            Severity = ReadOptional(r, strings),
            Status = (PostmortemStatus)r.ReadInt32(),
            Kind = (IncidentKind)r.ReadInt32(),
            Services = ReadList(r, strings),
            Tags = ReadList(r, strings),
            Authors = ReadList(r, strings),
            Detected = ReadTime(r),
            Resolved = ReadTime(r),
            Published = ReadDate(r),
            Impact = ReadOptional(r, null),
            Summary = ReadOptional(r, null),
            ContributingFactors = ReadEach(r, () => new ContributingFactor(Shared(r.ReadString(), strings), r.ReadString(), ReadList(r, strings))
            {
                Id = ReadOptional(r, null),
                Influences = ReadList(r, null),
                NoAction = ReadOptional(r, null),
            }),
            ActionItems = ReadEach(r, () => new ActionItem(r.ReadString(), ReadOptional(r, strings), ReadOptional(r, null), ReadDate(r), (ActionItemStatus)r.ReadInt32(), ReadDate(r))
            {
                Addresses = ReadList(r, null),
                Priority = r.ReadInt32() is var priority and >= 0 ? (ActionPriority)priority : null,
                Reason = ReadOptional(r, null),
                Tags = ReadList(r, strings),
                DueFromSlo = r.ReadBoolean(),
            }),
            Related = ReadList(r, null),
            RepeatOf = ReadOptional(r, null),
            BlamelessCheck = r.ReadBoolean(),
            Extra = (ImmutableSortedDictionary<string, object>)ReadValue(r),
        };

        var bodyLength = r.ReadInt32();
        if (bodyLength < 0 || bodyLength > text.Length)
        {
            throw new InvalidDataException("the body does not fit the text");
        }

        var bodyLine = r.ReadInt32();
        var locations = new (string, SourcePosition)[Count(r)];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = (Shared(r.ReadString(), strings), ReadPosition(r));
        }

        return postmortem with
        {
            Body = text[^bodyLength..],
            BodyLine = bodyLine,
            Locations = new FieldLocations(locations, ReadPosition(r)),
        };
    }

    /// <summary>Extra front-matter values: a string, a list of values, or a sorted map of values (see <see cref="Postmortem.Extra"/>).</summary>
    private static void WriteValue(BinaryWriter w, object value)
    {
        switch (value)
        {
            case string s:
                w.Write((byte)0);
                w.Write(s);
                break;
            case ImmutableArray<object> list:
                w.Write((byte)1);
                w.Write(list.Length);
                foreach (var item in list)
                {
                    WriteValue(w, item);
                }

                break;
            case ImmutableSortedDictionary<string, object> map:
                w.Write((byte)2);
                w.Write(map.Count);
                foreach (var (key, item) in map)
                {
                    w.Write(key);
                    WriteValue(w, item);
                }

                break;
            default:
                throw new ArgumentException($"an extra value of type {value.GetType().Name} cannot be kept", nameof(value));
        }
    }

    private static object ReadValue(BinaryReader r)
    {
        switch (r.ReadByte())
        {
            case 0:
                return r.ReadString();
            case 1:
                return ReadEach(r, () => ReadValue(r));
            case 2:
                var map = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
                for (var count = Count(r); count > 0; count--)
                {
                    var key = r.ReadString();
                    map[key] = ReadValue(r);
                }

                return map.ToImmutable();
            default:
                throw new InvalidDataException("not a value");
        }
    }

    /// <summary>A count, then as many items, each read by <paramref name="read"/>.</summary>
    private static ImmutableArray<T> ReadEach<T>(BinaryReader r, Func<T> read)
    {
        var items = new T[Count(r)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static void Write(BinaryWriter w, ImmutableArray<string> list)
    {
        w.Write(list.Length);
        foreach (var item in list)
        {
            w.Write(item);
        }
    }

    private static ImmutableArray<string> ReadList(BinaryReader r, ConcurrentDictionary<string, string>? strings)
    {
        var count = Count(r);
        if (count == 0)
        {
            return [];
        }

        var items = new string[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Shared(r.ReadString(), strings);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r, ConcurrentDictionary<string, string>? strings) =>
        r.ReadBoolean() ? Shared(r.ReadString(), strings) : null;

    private static void Write(BinaryWriter w, IncidentTime? time)
    {
        w.Write(time is not null);
        if (time is { } t)
        {
            w.Write(t.Value.Ticks);
            w.Write(t.Value.Offset.Ticks);
            w.Write(t.HasTime);
        }
    }

    private static IncidentTime? ReadTime(BinaryReader r) =>
        r.ReadBoolean() ? new IncidentTime(new DateTimeOffset(r.ReadInt64(), new TimeSpan(r.ReadInt64())), r.ReadBoolean()) : null;

    private static void Write(BinaryWriter w, DateOnly? date) => w.Write(date is { } d ? d.DayNumber : -1);

    private static DateOnly? ReadDate(BinaryReader r) => r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    private static void Write(BinaryWriter w, SourcePosition position)
    {
        w.Write(position.Line);
        w.Write(position.Column);
    }

    private static SourcePosition ReadPosition(BinaryReader r) => new(r.ReadInt32(), r.ReadInt32());

    /// <summary>A count, refused when negative (the bytes are damaged).</summary>
    private static int Count(BinaryReader r) => r.ReadInt32() is var n and >= 0 ? n : throw new InvalidDataException("a negative count");

    /// <summary>One copy of a text that recurs from file to file (a tag, a field's path): the first one read.</summary>
    private static string Shared(string value, ConcurrentDictionary<string, string>? strings) =>
        strings is null ? value : strings.GetOrAdd(value, value);
}
